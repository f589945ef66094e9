package ua.zalik.dialogs.engine;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.intake.HandledUpdates;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.bot.intake.UpdateRecovery;
import ua.zalik.dialogs.ChatTestSupport;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chat turn and its update's "handled" mark commit together: a turn that committed (even as an apology) is never
 * replayed, a turn that rolled back is replayed by the recovery sweep and then takes effect once.
 */
class HandledUpdateTests extends ChatTestSupport {

    private static final AtomicLong UPDATE_IDS = new AtomicLong(1_950_000_000L + Math.floorMod(System.nanoTime(), 10_000_000L));

    @Autowired List<Dialog<?>> dialogs;
    @Autowired List<Command> commands;
    @Autowired ContextStore store;
    @Autowired Members members;
    @Autowired Texts texts;
    @Autowired HandledUpdates handled;
    @Autowired UpdateRecovery recovery;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aTurnThatRolledBackIsReplayedAndThenTakesEffectOnce() {
        long chat = newChat();
        IncomingUpdate lang = accepted(chat, "/lang");
        RecordingOutput output = new RecordingOutput();
        // the turn and the apology both fail: nothing of either commits, as when the instance dies mid-turn
        engine(failing(Integer.MAX_VALUE), output).handle(lang);
        assertThat(output.all()).isEmpty();
        assertThat(handled(lang)).isFalse();
        assertThat(version(chat)).isEqualTo(-1);

        backdate(lang);
        recovery.sweep();

        FakeMessage picker = FAKE.awaitMessages(chat, 1, WAIT).getFirst();
        assertThat(picker.callbackOf("English")).isNotBlank();
        assertThat(handled(lang)).isTrue();
        recovery.sweep();
        reply(chat, "/help");
        // in chat order a second replay of /lang would have come before the /help answer
        assertThat(FAKE.messagesTo(chat)).hasSize(2);
    }

    @Test
    void aFailingTurnWhoseApologyCommittedIsMarkedAndNeverReplayed() {
        long chat = newChat();
        IncomingUpdate lang = accepted(chat, "/lang");
        RecordingOutput output = new RecordingOutput();

        engine(failing(1), output).handle(lang);

        assertThat(output.all()).hasSize(1);
        assertThat(output.last().html()).isEqualTo(texts.text(Texts.locale("uk"), "dialogs.error"));
        assertThat(handled(lang)).isTrue();
        backdate(lang);
        recovery.sweep();
        reply(chat, "/help");
        assertThat(FAKE.messagesTo(chat)).hasSize(1);
    }

    @Test
    void aReplayOfATurnThatCommittedMeanwhileLeavesNothing() {
        long chat = newChat();
        IncomingUpdate lang = accepted(chat, "/lang");
        RecordingOutput original = new RecordingOutput();
        RecordingOutput replay = new RecordingOutput();
        engine(store, original).handle(lang);
        long version = version(chat);

        engine(store, replay).handle(lang);

        assertThat(original.all()).isNotEmpty();
        assertThat(replay.all()).isEmpty();
        assertThat(version(chat)).isEqualTo(version);
    }

    private DialogEngine engine(ContextStore contexts, RecordingOutput output) {
        return new DialogEngine(dialogs, commands, contexts, output, members, texts, handled);
    }

    /** The real store, whose first {@code failures} turns fail after doing their work, so their transaction rolls back. */
    private ContextStore failing(int failures) {
        AtomicInteger left = new AtomicInteger(failures);
        return new ContextStore() {
            @Override
            public List<Effect> update(long chatId, Function<DialogContext, Change> turn) {
                return store.update(chatId, context -> {
                    Change change = turn.apply(context);
                    if (left.getAndDecrement() > 0) {
                        throw new IllegalStateException("the turn failed on purpose");
                    }
                    return change;
                });
            }

            @Override
            public void pollSent(String pollId, PollOrigin origin) {
                store.pollSent(pollId, origin);
            }

            @Override
            public PollOrigin poll(String pollId) {
                return store.poll(pollId);
            }
        };
    }

    /** An update as intake keeps it on acceptance: its id and body, not handled yet. */
    private IncomingUpdate accepted(long chat, String text) {
        long id = UPDATE_IDS.incrementAndGet();
        String body = "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + (id % 100000) + ",\"date\":1,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"from\":{\"id\":" + chat
                + ",\"is_bot\":false,\"first_name\":\"User\",\"language_code\":\"uk\"},\"text\":\"" + text + "\"}}";
        jdbc.update("insert into bot.processed_update (update_id, body) values (?, ?)", id, body);
        return new IncomingUpdate(id, IncomingUpdate.Kind.COMMAND, chat, IncomingUpdate.ChatType.PRIVATE,
                new IncomingUpdate.TelegramUser(chat, "User", null, null, "uk"), text, (int) (id % 100000), null, null,
                null, null);
    }

    /** As if accepted longer ago than the replay threshold. */
    private void backdate(IncomingUpdate update) {
        jdbc.update("update bot.processed_update set received_at = now() - interval '1 hour' where update_id = ?",
                update.updateId());
    }

    private boolean handled(IncomingUpdate update) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select handled_at is not null from bot.processed_update where update_id = ?", Boolean.class,
                update.updateId()));
    }

    private long version(long chat) {
        return jdbc.queryForObject("select coalesce(max(version), -1) from dialogs.chat_context where chat_id = ?",
                Long.class, chat);
    }
}

package ua.zalik.dialogs.engine;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.dialogs.ChatTestSupport;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A second engine on the same PostgreSQL, as another instance (or the app after a restart) would be. */
class OtherInstanceTests extends ChatTestSupport {

    private static final AtomicLong UPDATE_IDS = new AtomicLong(1_900_000_000L);

    @Autowired List<Dialog<?>> dialogs;
    @Autowired List<Command> commands;
    @Autowired ContextStore store;
    @Autowired Members members;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anotherInstanceContinuesTheConversation() {
        long chat = newChat();
        FakeMessage choose = reply(chat, "/lang");
        RecordingOutput output = new RecordingOutput();
        DialogEngine other = new DialogEngine(dialogs, commands, store, output, members, texts);

        other.handle(new IncomingUpdate(UPDATE_IDS.incrementAndGet(), IncomingUpdate.Kind.CALLBACK, chat,
                IncomingUpdate.ChatType.PRIVATE, user(chat), null, choose.messageId(),
                new IncomingUpdate.Callback("CQ-other", choose.callbackOf("English"), choose.messageId()),
                null, null, null));

        assertThat(output.answers).containsEntry("CQ-other", "");
        assertThat(output.last().message().editMessageId()).isEqualTo(choose.messageId());
        assertThat(output.last().html()).isEqualTo("Language changed: English.");
        assertThat(reply(chat, "/help").text()).startsWith("Here is what I can do");
    }

    @Test
    void twoInstancesTakingTurnsOfOneChatNeverLoseAChange() throws Exception {
        long chat = newChat();
        reply(chat, "/start");
        long before = version(chat);
        RecordingOutput firstOutput = new RecordingOutput();
        RecordingOutput secondOutput = new RecordingOutput();
        DialogEngine first = new DialogEngine(dialogs, commands, store, firstOutput, members, texts);
        DialogEngine second = new DialogEngine(dialogs, commands, store, secondOutput, members, texts);

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                DialogEngine engine = i % 2 == 0 ? first : second;
                threads.execute(() -> engine.handle(text(chat, "no such code")));
            }
        }

        // every wrong code re-renders the window with fresh buttons: one version per turn, none lost or failed
        assertThat(version(chat)).isEqualTo(before + 20);
        assertThat(java.util.stream.Stream.concat(firstOutput.all().stream(), secondOutput.all().stream()))
                .hasSize(20).allSatisfy(shown -> assertThat(shown.html()).startsWith("Такого запрошення немає."));
    }

    private long version(long chat) {
        return jdbc.queryForObject("select version from dialogs.chat_context where chat_id = ?", Long.class, chat);
    }

    private static IncomingUpdate text(long chat, String text) {
        return new IncomingUpdate(UPDATE_IDS.incrementAndGet(), IncomingUpdate.Kind.TEXT, chat,
                IncomingUpdate.ChatType.PRIVATE, user(chat), text, 1, null, null, null, null);
    }

    private static IncomingUpdate.TelegramUser user(long chat) {
        return new IncomingUpdate.TelegramUser(chat, "User" + chat, null, "user" + chat, "uk");
    }
}

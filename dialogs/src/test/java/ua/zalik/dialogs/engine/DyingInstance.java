package ua.zalik.dialogs.engine;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ua.zalik.bot.intake.HandledUpdates;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.OutgoingFile;
import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.OutgoingPoll;
import ua.zalik.bot.sending.SentMessage;
import ua.zalik.bot.sending.SentPoll;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A second instance on the application's real parts (store, outbox, intake marks, dialogs) whose process dies the
 * moment a committed turn tries to send anything: its turns keep their context and their replies, nothing goes out.
 * {@link #backdate} then plays the lease running out, so a sweep may send what it kept.
 */
@Component
public class DyingInstance {

    private static final AtomicLong UPDATE_IDS = new AtomicLong(1_960_000_000L + Math.floorMod(System.nanoTime(), 10_000_000L));

    /** What the process's death looks like from inside: nothing after it runs (an Error, not a failed send). */
    static final class Died extends Error {
        Died() {
            super("the instance died after the commit", null, false, false);
        }
    }

    private final DialogEngine engine;
    private final JdbcTemplate jdbc;

    DyingInstance(List<Dialog<?>> dialogs, List<Command> commands, ContextStore store, Members members, Texts texts,
                  HandledUpdates handled, ChatOutbox outbox, JdbcTemplate jdbc) {
        this.engine = new DialogEngine(dialogs, commands, store, new DeadOutput(), members, texts, handled, outbox);
        this.jdbc = jdbc;
    }

    /** The user sends a text (or command); the turn commits and the instance dies before replying. */
    public void sends(long chat, String language, String text) {
        die(new IncomingUpdate(UPDATE_IDS.incrementAndGet(), text.startsWith("/") ? IncomingUpdate.Kind.COMMAND
                : IncomingUpdate.Kind.TEXT, chat, IncomingUpdate.ChatType.PRIVATE, user(chat, language), text, 1, null,
                null, null, null));
    }

    /** The user presses a button of a message; the turn commits and the instance dies before replying. */
    public void presses(long chat, String language, int messageId, String callbackData) {
        long id = UPDATE_IDS.incrementAndGet();
        die(new IncomingUpdate(id, IncomingUpdate.Kind.CALLBACK, chat, IncomingUpdate.ChatType.PRIVATE,
                user(chat, language), null, messageId, new IncomingUpdate.Callback("dying-" + id, callbackData, messageId),
                null, null, null));
    }

    /** The chat's kept replies, oldest first: "id attempts". */
    public List<String> kept(long chat) {
        return jdbc.queryForList("select id || ' ' || attempts from dialogs.chat_outbox where chat_id = ? order by id",
                String.class, chat);
    }

    /** As if the chat's kept replies were leased longer ago than the lease. */
    public void backdate(long chat) {
        jdbc.update("update dialogs.chat_outbox set resend_after = now() - interval '1 second' where chat_id = ?", chat);
    }

    private void die(IncomingUpdate update) {
        try {
            engine.handle(update);
        } catch (Died expected) {
            return;
        }
        throw new AssertionError("the turn sent nothing, so the instance never died");
    }

    private static IncomingUpdate.TelegramUser user(long chat, String language) {
        return new IncomingUpdate.TelegramUser(chat, "Student", null, null, language);
    }

    private static final class DeadOutput implements ChatOutput {

        @Override
        public SentMessage send(OutgoingMessage message) {
            throw new Died();
        }

        @Override
        public SentMessage sendPhoto(OutgoingFile photo) {
            throw new Died();
        }

        @Override
        public SentMessage sendDocument(OutgoingFile document) {
            throw new Died();
        }

        @Override
        public SentPoll sendPoll(OutgoingPoll poll) {
            throw new Died();
        }

        @Override
        public void answerCallback(String callbackQueryId, String text) {
            throw new Died();
        }

        @Override
        public void setMenu(long chatId, List<MenuCommand> commands) {
            throw new Died();
        }
    }
}

package ua.zalik.dialogs.engine;

import java.time.Duration;
import java.util.List;

/**
 * A turn's replies kept with its context: {@link #keep} runs inside the turn's transaction, so a turn that committed
 * has its replies stored even when its instance dies before sending them; {@link #delivered} forgets them once sent.
 * Only what the user must see is kept: messages, edits, files and polls, not callback answers (their ids expire in
 * seconds) or the command menu (sent again on the chat's next turn anyway).
 */
public interface ChatOutbox {

    /** For engines without a database (unit tests): nothing is kept, so nothing is sent twice either. */
    ChatOutbox NONE = new ChatOutbox() {
        @Override
        public List<Long> keep(long chatId, List<Effect> effects) {
            return List.of();
        }

        @Override
        public void delivered(List<Long> ids) {
        }

        @Override
        public void extend(List<Long> ids) {
        }

        @Override
        public Duration lease() {
            return Duration.ofSeconds(60);
        }
    };

    static boolean kept(Effect effect) {
        return switch (effect) {
            case Effect.Send s -> true;
            case Effect.SendPhoto p -> true;
            case Effect.SendDocument d -> true;
            case Effect.SendPoll p -> true;
            case Effect.AnswerCallback a -> false;
            case Effect.SetMenu m -> false;
        };
    }

    /** Joins the caller's transaction; the ids of the rows kept, in the order of the effects {@link #kept} selects. */
    List<Long> keep(long chatId, List<Effect> effects);

    /** Forgets rows whose effect went out (or was given up), in one statement. */
    void delivered(List<Long> ids);

    /** Moves the rows' lease on: their sender is still at it (a slow send), so no sweep may take them yet. */
    void extend(List<Long> ids);

    /** How long kept rows belong to their sender before a sweep may send them again. */
    Duration lease();
}

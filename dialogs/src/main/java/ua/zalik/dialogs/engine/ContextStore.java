package ua.zalik.dialogs.engine;

import java.util.List;
import java.util.function.Function;

/** Where conversations live between updates. */
public interface ContextStore {

    /** The outcome of one turn: the context to keep and what to send once it is kept. */
    record Change(DialogContext context, List<Effect> effects) {
    }

    /**
     * Runs {@code turn} on the chat's context while no other turn of that chat (on any instance) can, and keeps the
     * context it returns; when {@code turn} throws, nothing it did is kept.
     */
    List<Effect> update(long chatId, Function<DialogContext, Change> turn);

    /** Remembers a sent poll, so that its answers (which name the user, not the chat) reach the dialog that sent it. */
    void pollSent(String pollId, PollOrigin origin);

    /** The poll's origin, or null for a poll Zalik did not send or has forgotten. */
    PollOrigin poll(String pollId);
}

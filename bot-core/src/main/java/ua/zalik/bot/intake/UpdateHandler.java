package ua.zalik.bot.intake;

/**
 * Where bot-core hands each deduplicated update, one chat at a time and in order within a chat
 * (the dialogs engine implements it). Throwing is logged; the update is replayed later (see {@link UpdateRecovery}).
 */
public interface UpdateHandler {

    void handle(IncomingUpdate update);

    /**
     * True when the handler marks its updates through {@link HandledUpdates} itself, in its turn's transaction;
     * otherwise intake marks an update once {@link #handle} returns.
     */
    default boolean marksHandled() {
        return false;
    }
}

package ua.zalik.bot.intake;

/**
 * Marks an accepted update handled. A handler that calls it inside the transaction of its turn's effects makes the
 * two one: a turn that committed is never replayed, a turn that rolled back (or whose instance died) is.
 */
public interface HandledUpdates {

    /** For handlers built without intake (unit tests): every update counts as new. */
    HandledUpdates NONE = updateId -> true;

    /**
     * Joins the caller's transaction, if any. False when the update was handled already (a replay racing the
     * original): the caller must then leave no effect.
     */
    boolean markHandled(long updateId);
}

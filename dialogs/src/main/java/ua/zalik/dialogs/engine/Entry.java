package ua.zalik.dialogs.engine;

/** Something a user opens with a command: a {@link Dialog} or a one-reply {@link Command}. */
public interface Entry {

    /** The command word without the slash, e.g. "lang"; its menu text is the bundle key {@code command.<word>}. */
    String command();

    default Audience audience() {
        return Audience.members();
    }

    /** Whether /help and the command menu list it. */
    default boolean listed() {
        return true;
    }
}

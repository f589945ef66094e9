package ua.zalik.dialogs.engine;

/**
 * A conversation declared as data: an enum of states and a window per state. Implementations are Spring beans; the
 * engine finds them, opens them with their command and keeps their place in the chat's {@link DialogContext}.
 */
public interface Dialog<S extends Enum<S>> extends Entry {

    Class<S> states();

    /** Every state has one; a switch over the enum without default lets the compiler check that. */
    Window<S> window(S state);

    /** The name kept in the stored context: the command, unless the dialog is only opened from another one. */
    default String name() {
        return command();
    }

    default S initial() {
        return states().getEnumConstants()[0];
    }

    /**
     * Kinds of message (a {@code DOCUMENT}, a quiz {@code POLL}) that open this dialog for its audience, in place of
     * whatever conversation was going on, as its command would; {@link Turn#attachment()} or {@link Turn#poll()} then
     * holds the message in {@link #open}, whose argument is "". The first such dialog whose audience allows the user wins.
     */
    default java.util.Set<ua.zalik.bot.intake.IncomingUpdate.Kind> opensOn() {
        return java.util.Set.of();
    }

    /** Whether this {@link #opensOn()} dialog takes this very message, e.g. only files it can read; by default all. */
    default boolean takes(ua.zalik.bot.intake.IncomingUpdate update) {
        return true;
    }

    /**
     * Kinds of message ({@code TEXT}, {@code PHOTO}, {@code DOCUMENT}) this dialog takes up when no conversation is open
     * and no {@link #opensOn()} dialog claims them, e.g. to offer saving them as a note. A text comes to {@link #open}
     * as its argument; a photo or document as {@link Turn#attachment()}.
     */
    default java.util.Set<ua.zalik.bot.intake.IncomingUpdate.Kind> offersOn() {
        return java.util.Set.of();
    }

    /** What opening with the command's argument does: by default, show the first window. */
    default Transition<S> open(Turn turn, String argument) {
        return Transition.switchTo(initial());
    }

    /**
     * A poll this dialog sent ({@link Screen#poll}) was answered: record it with one facade call and reply (null for
     * no reply). Runs whatever window of whichever dialog is open; {@code turn}'s data is that dialog's, so leave it be.
     */
    default String pollAnswered(Turn turn, String tag, java.util.List<Integer> optionIds) {
        return null;
    }
}

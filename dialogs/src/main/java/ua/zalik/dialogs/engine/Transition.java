package ua.zalik.dialogs.engine;

/** Where a handler sends the conversation. Targets other than {@code cancel} must be declared by the window. */
public sealed interface Transition<S extends Enum<S>> {

    /** Show the same window again, with a hint line above it (null for none). */
    record Stay<S extends Enum<S>>(String hintHtml) implements Transition<S> {
    }

    /** The state after this one in the enum. */
    record Next<S extends Enum<S>>() implements Transition<S> {
    }

    record SwitchTo<S extends Enum<S>>(S state) implements Transition<S> {
    }

    /** The dialog ends with a last message (null for none); a parent dialog under it resumes with the result in its data. */
    record Done<S extends Enum<S>>(String html, java.util.Map<String, String> result) implements Transition<S> {
    }

    /** The dialog and any parents end, as with /cancel. */
    record Cancel<S extends Enum<S>>() implements Transition<S> {
    }

    /** Opens another dialog on top; when it is done this window shows again. */
    record Begin<S extends Enum<S>>(String dialog, String argument) implements Transition<S> {
    }

    static <S extends Enum<S>> Transition<S> stay(String hintHtml) {
        return new Stay<>(hintHtml);
    }

    static <S extends Enum<S>> Transition<S> next() {
        return new Next<>();
    }

    static <S extends Enum<S>> Transition<S> switchTo(S state) {
        return new SwitchTo<>(state);
    }

    static <S extends Enum<S>> Transition<S> done(String html) {
        return new Done<>(html, java.util.Map.of());
    }

    static <S extends Enum<S>> Transition<S> done(String html, java.util.Map<String, String> result) {
        return new Done<>(html, java.util.Map.copyOf(result));
    }

    static <S extends Enum<S>> Transition<S> cancel() {
        return new Cancel<>();
    }

    static <S extends Enum<S>> Transition<S> begin(String dialog, String argument) {
        return new Begin<>(dialog, argument);
    }
}

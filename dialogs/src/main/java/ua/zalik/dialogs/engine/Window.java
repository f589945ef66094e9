package ua.zalik.dialogs.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * One state's window: what it renders, how it takes text and buttons, and, declared up front so that the table test
 * can walk the dialog, which states it may switch to and whether it may finish the dialog.
 */
public final class Window<S extends Enum<S>> {

    @FunctionalInterface
    public interface TextHandler<S extends Enum<S>> {
        Transition<S> handle(Turn turn, String text);
    }

    @FunctionalInterface
    public interface ButtonHandler<S extends Enum<S>> {
        Transition<S> handle(Turn turn, String action);
    }

    private final Function<Turn, Screen> render;
    private TextHandler<S> onText;
    private ButtonHandler<S> onButton;
    private final Set<S> targets;
    private boolean finishes;
    private final Set<String> begins = new HashSet<>();

    private Window(Class<S> states, Function<Turn, Screen> render) {
        this.render = render;
        this.targets = EnumSet.noneOf(states);
    }

    public static <S extends Enum<S>> Window<S> of(Class<S> states, Function<Turn, Screen> render) {
        return new Window<>(states, render);
    }

    public Window<S> onText(TextHandler<S> handler) {
        this.onText = handler;
        return this;
    }

    public Window<S> onButton(ButtonHandler<S> handler) {
        this.onButton = handler;
        return this;
    }

    @SafeVarargs
    public final Window<S> goesTo(S... states) {
        Collections.addAll(targets, states);
        return this;
    }

    /** The window may end the dialog with {@code done}. */
    public Window<S> finishes() {
        this.finishes = true;
        return this;
    }

    /** The window may open these dialogs on top of itself. */
    public Window<S> begins(String... dialogs) {
        Collections.addAll(begins, dialogs);
        return this;
    }

    public Screen render(Turn turn) {
        return render.apply(turn);
    }

    public TextHandler<S> textHandler() {
        return onText;
    }

    public ButtonHandler<S> buttonHandler() {
        return onButton;
    }

    public Set<S> targets() {
        return Collections.unmodifiableSet(targets);
    }

    public boolean canFinish() {
        return finishes;
    }

    public Set<String> subDialogs() {
        return Collections.unmodifiableSet(begins);
    }
}

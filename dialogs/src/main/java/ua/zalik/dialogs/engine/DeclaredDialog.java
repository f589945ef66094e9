package ua.zalik.dialogs.engine;

/**
 * A {@link Dialog} that states its command, audience and states once, in its constructor, so that each dialog writes
 * only its windows and what opening it does.
 */
public abstract class DeclaredDialog<S extends Enum<S>> implements Dialog<S> {

    private final String command;
    private final String name;
    private final Audience audience;
    private final Class<S> states;

    /** A dialog that any linked account opens with {@code /command}. */
    protected DeclaredDialog(String command, Class<S> states) {
        this(command, Audience.members(), states);
    }

    /** A dialog that {@code audience} opens with {@code /command}; the stored context knows it by the command. */
    protected DeclaredDialog(String command, Audience audience, Class<S> states) {
        this(command, command, audience, states);
    }

    /**
     * A dialog known in the stored context as {@code name}; {@code command} is null when only another dialog or a
     * message ({@link #opensOn()}, {@link #offersOn()}) opens it.
     */
    protected DeclaredDialog(String command, String name, Audience audience, Class<S> states) {
        this.command = command;
        this.name = name;
        this.audience = audience;
        this.states = states;
    }

    @Override
    public final String command() {
        return command;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Audience audience() {
        return audience;
    }

    @Override
    public final Class<S> states() {
        return states;
    }
}

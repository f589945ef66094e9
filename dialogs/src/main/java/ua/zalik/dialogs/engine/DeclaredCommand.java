package ua.zalik.dialogs.engine;

/** A {@link Command} that states its word and audience once, in its constructor. */
public abstract class DeclaredCommand implements Command {

    private final String command;
    private final Audience audience;

    protected DeclaredCommand(String command, Audience audience) {
        this.command = command;
        this.audience = audience;
    }

    @Override
    public final String command() {
        return command;
    }

    @Override
    public final Audience audience() {
        return audience;
    }
}

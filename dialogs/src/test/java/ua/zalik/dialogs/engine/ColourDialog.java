package ua.zalik.dialogs.engine;

/** A toy sub-dialog: opened only from another dialog, it has no command. */
final class ColourDialog implements Dialog<ColourDialog.State> {

    enum State { PICK }

    @Override
    public String name() {
        return "colour";
    }

    @Override
    public String command() {
        return null;
    }

    @Override
    public Class<State> states() {
        return State.class;
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case PICK -> Window.of(State.class, turn -> Screen.of("Which colour?")
                            .row(Screen.choice("Red", "red"), Screen.choice("Blue", "blue")))
                    .onButton((turn, action) -> Transition.done("Colour: " + action, java.util.Map.of("colour", action)))
                    .finishes();
        };
    }
}

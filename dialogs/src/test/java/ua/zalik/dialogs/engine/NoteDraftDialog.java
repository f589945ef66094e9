package ua.zalik.dialogs.engine;

/** A toy dialog for the engine's tests: write a text, then save it, edit it, pick a colour or blow up. */
final class NoteDraftDialog implements Dialog<NoteDraftDialog.State> {

    enum State { TEXT, CONFIRM }

    @Override
    public String command() {
        return "draft";
    }

    @Override
    public Audience audience() {
        return Audience.everyone();
    }

    @Override
    public Class<State> states() {
        return State.class;
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case TEXT -> Window.of(State.class, turn -> Screen.of("Write the note"))
                    .onText((turn, text) -> {
                        if (text.isBlank() || text.length() > 20) {
                            return Transition.stay("Too long");
                        }
                        turn.put("text", text);
                        return Transition.next();
                    })
                    .goesTo(State.CONFIRM);
            case CONFIRM -> Window.of(State.class, turn -> Screen.of("Save <b>" + turn.get("text") + "</b> in "
                            + turn.get("colour") + "?")
                            .row(Screen.choice("Save", "save"), Screen.choice("Edit", "edit"))
                            .row(Screen.choice("Colour", "colour"), Screen.choice("Boom", "boom"),
                                    Screen.choice("Sneak", "sneak")))
                    .onButton((turn, action) -> switch (action) {
                        case "save" -> Transition.done("Saved " + turn.get("text"));
                        case "edit" -> Transition.switchTo(State.TEXT);
                        case "colour" -> Transition.begin("colour", "");
                        case "sneak" -> Transition.switchTo(State.CONFIRM);
                        default -> throw new IllegalStateException("boom");
                    })
                    .goesTo(State.TEXT)
                    .begins("colour")
                    .finishes();
        };
    }
}

package ua.zalik.dialogs.engine;

import ua.zalik.bot.intake.IncomingUpdate;

import java.util.Set;

/** A toy dialog that offers to keep what a member sends while nothing else is open, as the note offer does. */
final class KeepDialog implements Dialog<KeepDialog.State> {

    enum State { ASK }

    @Override
    public String command() {
        return null;
    }

    @Override
    public String name() {
        return "keep";
    }

    @Override
    public Set<IncomingUpdate.Kind> offersOn() {
        return Set.of(IncomingUpdate.Kind.TEXT, IncomingUpdate.Kind.PHOTO, IncomingUpdate.Kind.DOCUMENT);
    }

    @Override
    public Class<State> states() {
        return State.class;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        turn.put("what", turn.attachment() == null ? argument : turn.kind() + " " + turn.attachment().fileId());
        return Transition.stay(null);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case ASK -> Window.of(State.class, turn -> Screen.of("Keep " + turn.get("what") + "?")
                            .row(Screen.choice("Yes", "yes")))
                    .onButton((turn, action) -> Transition.done("Kept"))
                    .finishes();
        };
    }
}

package ua.zalik.dialogs.engine;

import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.kernel.Role;

import java.util.Set;

/** A toy dialog no command opens: a teacher's document or quiz poll does; it reads the file when asked. */
final class UploadDialog implements Dialog<UploadDialog.State> {

    enum State { GOT }

    @Override
    public String command() {
        return null;
    }

    @Override
    public String name() {
        return "upload";
    }

    @Override
    public Audience audience() {
        return Audience.roles(Role.TEACHER);
    }

    @Override
    public Set<IncomingUpdate.Kind> opensOn() {
        return Set.of(IncomingUpdate.Kind.DOCUMENT, IncomingUpdate.Kind.POLL);
    }

    /** Only question files: any other document is left to a dialog that offers to keep it. */
    @Override
    public boolean takes(IncomingUpdate update) {
        return update.attachment() == null || update.attachment().fileName().endsWith(".gift");
    }

    @Override
    public Class<State> states() {
        return State.class;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        if (turn.poll() != null) {
            return Transition.done("Quiz: " + turn.poll().question());
        }
        turn.put("file", turn.attachment().fileId());
        turn.put("name", turn.attachment().fileName());
        return Transition.switchTo(State.GOT);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case GOT -> Window.of(State.class, turn -> Screen.of("Got " + turn.get("name"))
                            .row(Screen.choice("Read", "read")))
                    .onButton((turn, action) -> Transition.done(turn.download(turn.get("file"))
                            .map(bytes -> bytes.length + " bytes").orElse("no file")))
                    .finishes();
        };
    }
}

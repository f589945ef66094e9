package ua.zalik.dialogs.family;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.Command;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Role;

/** The weekly digest's "Acknowledge" button: a short thanks (not in the menu: it only makes sense under the digest). */
@Component
class AckCommand implements Command {

    @Override
    public String command() {
        return "ack";
    }

    @Override
    public Audience audience() {
        return Audience.roles(Role.PARENT);
    }

    @Override
    public boolean listed() {
        return false;
    }

    @Override
    public String reply(Turn turn) {
        return turn.text("ask.acknowledged");
    }
}

package ua.zalik.dialogs.family;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredCommand;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Role;

/** The weekly digest's "Acknowledge" button: a short thanks (not in the menu: it only makes sense under the digest). */
@Component
class AckCommand extends DeclaredCommand {

    AckCommand() {
        super("ack", Audience.roles(Role.PARENT));
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

package ua.zalik.dialogs.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredCommand;
import ua.zalik.dialogs.engine.DialogEngine;
import ua.zalik.dialogs.engine.Turn;

import java.util.stream.Collectors;

/** {@code /help}: the commands this user may use, in their language. */
@Component
class HelpCommand extends DeclaredCommand {

    // looked up per reply: the engine's entries include this command itself
    private final ObjectProvider<DialogEngine> engine;

    HelpCommand(ObjectProvider<DialogEngine> engine) {
        super("help", Audience.everyone());
        this.engine = engine;
    }

    @Override
    public String reply(Turn turn) {
        String lines = engine.getObject().entries().stream()
                .filter(entry -> entry.listed() && entry.audience().allows(turn.account()))
                .map(entry -> "/" + entry.command() + " — " + turn.text("command." + entry.command()))
                .collect(Collectors.joining("\n"));
        String intro = turn.text(turn.account().isPresent() ? "help.intro" : "help.intro.guest");
        return intro + "\n\n" + lines + "\n/cancel — " + turn.text("command.cancel");
    }
}

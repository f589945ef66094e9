package ua.zalik.dialogs.teaching;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Actor;
import ua.zalik.users.UsersService;

/** The chat's account as the facades take it. */
@Component("teachingActors")
class Actors {

    private final UsersService users;

    Actors(UsersService users) {
        this.users = users;
    }

    Actor of(Turn turn) {
        return users.actorFor(turn.account().orElseThrow().id());
    }
}

package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Actor;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Subject;
import ua.zalik.users.UsersService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The chat's account as the worktime facade takes it, its school's subjects, and "today" in the school's zone. */
@Component
class Timekeepers {

    private final UsersService users;
    private final SchoolService school;
    private final Clock clock;

    Timekeepers(UsersService users, SchoolService school, Clock clock) {
        this.users = users;
        this.school = school;
        this.clock = clock;
    }

    long id(Turn turn) {
        return turn.account().orElseThrow().id();
    }

    Actor actor(Turn turn) {
        return users.actorFor(id(turn));
    }

    List<Subject> subjects(Actor actor) {
        return school.subjects(actor);
    }

    Map<Long, String> subjectNames(Actor actor) {
        return subjects(actor).stream().collect(Collectors.toMap(Subject::id, Subject::name, (a, b) -> a));
    }

    ZoneId zone(Turn turn) {
        return school.school(turn.account().orElseThrow().schoolId()).timezone();
    }

    LocalDate today(Turn turn) {
        return LocalDate.ofInstant(clock.instant(), zone(turn));
    }

    Clock clock() {
        return clock;
    }
}

package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredCommand;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Actor;
import ua.zalik.worktime.TimeEntry;
import ua.zalik.worktime.WorktimeService;

import java.util.Optional;

/** {@code /stop} (also the button under the long-timer reminder): stops the running timer and says how long it ran. */
@Component
class StopCommand extends DeclaredCommand {

    private final WorktimeService worktime;
    private final Timekeepers people;

    StopCommand(WorktimeService worktime, Timekeepers people) {
        // any member: whoever started a timer (the REST API lets every role time its work) can stop it from the reminder.
        super("stop", Audience.members());
        this.worktime = worktime;
        this.people = people;
    }

    @Override
    public String reply(Turn turn) {
        Actor actor = people.actor(turn);
        Optional<TimeEntry> stopped = worktime.stopTimer(actor);
        if (stopped.isEmpty()) {
            return turn.text("worktime.stop.none");
        }
        TimeEntry entry = stopped.get();
        long today = worktime.today(actor, actor.accountId()).totalMinutes();
        return turn.text("worktime.stop.done", TimeTexts.html(TimeTexts.label(turn, entry, people.subjectNames(actor))),
                TimeTexts.duration(turn, entry.duration(entry.endedAt())), TimeTexts.minutes(turn, today));
    }
}

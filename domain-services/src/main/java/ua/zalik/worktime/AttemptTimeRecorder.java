package ua.zalik.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.outbox.EventHandler;
import ua.zalik.testing.AttemptSubmitted;
import ua.zalik.testing.Rosters;

/** A submitted attempt is study time in its test's subject; recorded once per attempt however often the event comes. */
@Component
class AttemptTimeRecorder implements EventHandler<AttemptSubmitted> {

    private final Rosters rosters;
    private final WorktimeService worktime;

    AttemptTimeRecorder(Rosters rosters, WorktimeService worktime) {
        this.rosters = rosters;
        this.worktime = worktime;
    }

    @Override
    public Class<AttemptSubmitted> eventType() {
        return AttemptSubmitted.class;
    }

    @Override
    public void handle(AttemptSubmitted submitted) {
        rosters.attemptTime(submitted.attemptId()).ifPresent(time -> worktime.recordAttemptTime(time.studentId(),
                time.subjectId(), time.startedAt(), time.submittedAt(), time.attemptId()));
    }
}

package ua.zalik.testing;

import org.springframework.stereotype.Component;
import ua.zalik.notify.ReminderDue;
import ua.zalik.outbox.Effects;
import ua.zalik.outbox.EventHandler;
import ua.zalik.outbox.Outbox;

import java.time.Clock;

/** Turns the close-time reminder planned at assignment into one {@link AssignmentClosed} event. */
@Component
class AssignmentCloser implements EventHandler<ReminderDue> {

    private final Effects effects;
    private final Outbox outbox;
    private final AssignmentMapper assignments;
    private final Clock clock;

    AssignmentCloser(Effects effects, Outbox outbox, AssignmentMapper assignments, Clock clock) {
        this.effects = effects;
        this.outbox = outbox;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public Class<ReminderDue> eventType() {
        return ReminderDue.class;
    }

    @Override
    public void handle(ReminderDue reminder) {
        if (!Assignments.CLOSE_REMINDER.equals(reminder.kind())) {
            return;
        }
        long id = Long.parseLong(reminder.payload().get("assignmentId"));
        StoredAssignment assignment = assignments.findAssignment(id);
        if (assignment != null && !clock.instant().isBefore(assignment.closesAt())) {
            effects.once("testing:assignment-closed:" + id + ":" + assignment.closesAt(),
                    () -> outbox.record(new AssignmentClosed(id, assignment.testId(), clock.instant())));
        }
    }
}

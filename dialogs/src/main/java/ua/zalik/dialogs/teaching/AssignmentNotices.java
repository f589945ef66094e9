package ua.zalik.dialogs.teaching;

import org.springframework.stereotype.Component;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.outbox.EventHandler;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.AssignmentPublished;
import ua.zalik.testing.Progress;

import java.time.ZoneId;
import java.util.List;

/**
 * Tells each student of a new assignment (a NEW_ASSIGNMENT notice each). It runs after the assignment committed, so a
 * failure here never undoes it; a redelivered event plans nothing twice (one dedupe key per assignment and student).
 */
@Component
class AssignmentNotices implements EventHandler<AssignmentPublished> {

    static final String TEMPLATE = "teaching.notice.new-assignment";

    private final Notifications notifications;
    private final SchoolService school;

    AssignmentNotices(Notifications notifications, SchoolService school) {
        this.notifications = notifications;
        this.school = school;
    }

    @Override
    public Class<AssignmentPublished> eventType() {
        return AssignmentPublished.class;
    }

    @Override
    public void handle(AssignmentPublished event) {
        ZoneId zone = school.school(event.schoolId()).timezone();
        String due = DueTimes.show(event.dueAt(), zone);
        for (long student : event.studentIds()) {
            notifications.plan(new Notice(NotificationKind.NEW_ASSIGNMENT, student,
                    "new-assignment:" + event.assignmentId() + ":" + student, TEMPLATE, List.of(event.testTitle(), due),
                    List.of(new Notice.Button(Progress.OPEN_TESTS_LABEL, "/tests"))));
        }
    }
}

package ua.zalik.dialogs.notifications;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.notify.ReminderDue;
import ua.zalik.notify.ReminderPlan;
import ua.zalik.notify.Reminders;
import ua.zalik.outbox.EventHandler;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.AssignmentPublished;
import ua.zalik.testing.Roster;
import ua.zalik.testing.Rosters;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Plans an assignment's reminders when it is published (24 h and 1 h before it is due, and the due time itself) and,
 * when each fires, tells those who have not handed in: a reminder before, "missed" after — to the student, their
 * parents, and one summary to the teacher. Whether someone handed in is read when the reminder fires, so a student
 * who submitted hears nothing. A student whose override moved their due time is reminded, and told they missed it,
 * by {@link OwnDueReminders}.
 */
@Component
class DeadlineNotices {

    static final String DAY_BEFORE = "due-24h";
    static final String HOUR_BEFORE = "due-1h";
    static final String MISSED = "due-missed";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    private final Reminders reminders;
    private final Rosters rosters;
    private final Notifications notifications;
    private final UsersService users;
    private final SchoolService school;
    private final Clock clock;

    DeadlineNotices(Reminders reminders, Rosters rosters, Notifications notifications, UsersService users,
                    SchoolService school, Clock clock) {
        this.reminders = reminders;
        this.rosters = rosters;
        this.notifications = notifications;
        this.users = users;
        this.school = school;
        this.clock = clock;
    }

    @Component
    static class OnPublished implements EventHandler<AssignmentPublished> {

        private final DeadlineNotices notices;

        OnPublished(DeadlineNotices notices) {
            this.notices = notices;
        }

        @Override
        public Class<AssignmentPublished> eventType() {
            return AssignmentPublished.class;
        }

        @Override
        public void handle(AssignmentPublished published) {
            notices.plan(published.assignmentId(), published.dueAt());
        }
    }

    @Component
    static class OnReminder implements EventHandler<ReminderDue> {

        private final DeadlineNotices notices;

        OnReminder(DeadlineNotices notices) {
            this.notices = notices;
        }

        @Override
        public Class<ReminderDue> eventType() {
            return ReminderDue.class;
        }

        @Override
        public void handle(ReminderDue due) {
            if (List.of(DAY_BEFORE, HOUR_BEFORE, MISSED).contains(due.kind())) {
                notices.fire(due.kind(), Long.parseLong(due.payload().get("assignmentId")));
            }
        }
    }

    /** Planning again moves the reminders (same kind and key), so a redelivered event changes nothing. */
    @Transactional
    void plan(long assignmentId, Instant dueAt) {
        String key = "assignment:" + assignmentId;
        Map<String, String> payload = Map.of("assignmentId", String.valueOf(assignmentId));
        Instant now = clock.instant();
        for (var reminder : List.of(Map.entry(DAY_BEFORE, Duration.ofHours(24)), Map.entry(HOUR_BEFORE, Duration.ofHours(1)))) {
            Instant at = dueAt.minus(reminder.getValue());
            if (at.isAfter(now)) {
                reminders.plan(new ReminderPlan(reminder.getKey(), key, at, payload));
            }
        }
        reminders.plan(new ReminderPlan(MISSED, key, dueAt, payload));
    }

    @Transactional
    void fire(String kind, long assignmentId) {
        Roster roster = rosters.roster(assignmentId).orElse(null);
        if (roster == null) {
            return;
        }
        ZoneId zone = school.school(roster.schoolId()).timezone();
        String due = WHEN.format(roster.dueAt().atZone(zone));
        if (MISSED.equals(kind)) {
            missed(roster, clock.instant());
            return;
        }
        for (Roster.Student student : roster.students()) {
            if (!student.submitted() && student.dueAt().equals(roster.dueAt())) {
                notifications.plan(new Notice(NotificationKind.DUE_REMINDER, student.studentId(),
                        kind + ":" + assignmentId + ":" + student.studentId(),
                        HOUR_BEFORE.equals(kind) ? "notify.due.hour" : "notify.due.day", List.of(roster.testTitle(), due),
                        List.of(new Notice.Button("notify.button.tests", "/tests"))));
            }
        }
    }

    private void missed(Roster roster, Instant now) {
        List<Roster.Student> missing = roster.missing(now).stream().filter(s -> s.dueAt().equals(roster.dueAt())).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<Account> students = users.accountsByIds(missing.stream().map(Roster.Student::studentId).toList());
        for (Account student : students) {
            String key = "missed:" + roster.assignmentId() + ":" + student.id();
            notifications.plan(new Notice(NotificationKind.MISSED_DEADLINE, student.id(), key + ":" + student.id(),
                    "notify.missed", List.of(roster.testTitle())));
            for (long parent : users.guardianIdsOf(student.id())) {
                notifications.plan(new Notice(NotificationKind.MISSED_DEADLINE, parent, key + ":" + parent,
                        "notify.missed.parent", List.of(student.fullName(), roster.testTitle())));
            }
        }
        String names = String.join(", ", students.stream().map(Account::fullName).sorted().toList());
        notifications.plan(new Notice(NotificationKind.MISSED_SUMMARY, roster.ownerId(), "missed-summary:" + roster.assignmentId(),
                "notify.missed.summary", List.of(roster.testTitle(), String.valueOf(students.size()),
                String.valueOf(roster.students().size()), names)));
    }
}

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
import ua.zalik.testing.OverridesChanged;
import ua.zalik.testing.Roster;
import ua.zalik.testing.Rosters;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reminders 24 h and 1 h before a student's own due time, and "missed" at it (to the student and their parents), for
 * students whose override moved it (the assignment's reminders skip them; the teacher's summary stays the assignment's). Planned when an override is set, moved when it changes, cancelled when it is removed or no
 * longer moves the due time; a student who has handed in by the time one fires hears nothing.
 */
@Component
class OwnDueReminders {

    static final String DAY_BEFORE = "own-due-24h";
    static final String HOUR_BEFORE = "own-due-1h";
    static final String MISSED = "own-due-missed";
    private static final Map<String, Duration> BEFORE = Map.of(DAY_BEFORE, Duration.ofHours(24), HOUR_BEFORE, Duration.ofHours(1),
            MISSED, Duration.ZERO);

    private final Reminders reminders;
    private final Rosters rosters;
    private final Notifications notifications;
    private final SchoolService school;
    private final UsersService users;
    private final Clock clock;

    OwnDueReminders(Reminders reminders, Rosters rosters, Notifications notifications, SchoolService school, UsersService users,
                    Clock clock) {
        this.reminders = reminders;
        this.rosters = rosters;
        this.notifications = notifications;
        this.school = school;
        this.users = users;
        this.clock = clock;
    }

    @Component
    static class OnOverridesChanged implements EventHandler<OverridesChanged> {

        private final OwnDueReminders reminders;

        OnOverridesChanged(OwnDueReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        public Class<OverridesChanged> eventType() {
            return OverridesChanged.class;
        }

        @Override
        public void handle(OverridesChanged changed) {
            reminders.plan(changed.assignmentId(), changed.studentIds());
        }
    }

    @Component
    static class OnReminder implements EventHandler<ReminderDue> {

        private final OwnDueReminders reminders;

        OnReminder(OwnDueReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        public Class<ReminderDue> eventType() {
            return ReminderDue.class;
        }

        @Override
        public void handle(ReminderDue due) {
            if (BEFORE.containsKey(due.kind())) {
                reminders.fire(due.kind(), Long.parseLong(due.payload().get("assignmentId")),
                        Long.parseLong(due.payload().get("studentId")), Instant.parse(due.payload().get("dueAt")));
            }
        }
    }

    static String key(long assignmentId, long studentId) {
        return "assignment:" + assignmentId + ":student:" + studentId;
    }

    /** Reads each student's due time as it is now, so events that come late or twice plan the same reminders. */
    @Transactional
    void plan(long assignmentId, List<Long> studentIds) {
        Roster roster = rosters.roster(assignmentId).orElse(null);
        if (roster == null) {
            return;
        }
        Instant now = clock.instant();
        for (Roster.Student student : roster.students()) {
            if (!studentIds.contains(student.studentId())) {
                continue;
            }
            String key = key(assignmentId, student.studentId());
            boolean own = !student.dueAt().equals(roster.dueAt());
            for (var before : BEFORE.entrySet()) {
                Instant at = student.dueAt().minus(before.getValue());
                if (own && at.isAfter(now)) {
                    reminders.plan(new ReminderPlan(before.getKey(), key, at, Map.of("assignmentId", String.valueOf(assignmentId),
                            "studentId", String.valueOf(student.studentId()), "dueAt", student.dueAt().toString())));
                } else {
                    reminders.cancel(before.getKey(), key);
                }
            }
        }
    }

    @Transactional
    void fire(String kind, long assignmentId, long studentId, Instant plannedDue) {
        Optional<Roster> roster = rosters.roster(assignmentId);
        Optional<Roster.Student> student = roster.flatMap(r -> r.students().stream().filter(s -> s.studentId() == studentId).findFirst())
                .filter(s -> !s.submitted() && s.dueAt().equals(plannedDue) && !s.dueAt().equals(roster.get().dueAt()));
        if (student.isEmpty()) {
            return;
        }
        if (MISSED.equals(kind)) {
            missed(roster.get(), studentId);
            return;
        }
        String due = DeadlineNotices.WHEN.format(plannedDue.atZone(school.school(roster.get().schoolId()).timezone()));
        notifications.plan(new Notice(NotificationKind.DUE_REMINDER, studentId,
                kind + ":" + assignmentId + ":" + studentId + ":" + plannedDue.getEpochSecond(),
                HOUR_BEFORE.equals(kind) ? "notify.due.hour" : "notify.due.day", List.of(roster.get().testTitle(), due),
                List.of(new Notice.Button("notify.button.tests", "/tests"))));
    }

    /** The same notices, under the same dedupe keys, as the assignment's own "missed" ({@link DeadlineNotices}). */
    private void missed(Roster roster, long studentId) {
        Account student = users.accountsByIds(List.of(studentId)).stream().findFirst().orElse(null);
        if (student == null) {
            return;
        }
        String key = "missed:" + roster.assignmentId() + ":" + studentId;
        notifications.plan(new Notice(NotificationKind.MISSED_DEADLINE, studentId, key + ":" + studentId, "notify.missed",
                List.of(roster.testTitle())));
        for (long parent : users.guardianIdsOf(studentId)) {
            notifications.plan(new Notice(NotificationKind.MISSED_DEADLINE, parent, key + ":" + parent, "notify.missed.parent",
                    List.of(student.fullName(), roster.testTitle())));
        }
    }
}

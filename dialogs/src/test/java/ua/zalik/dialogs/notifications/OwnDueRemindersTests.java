package ua.zalik.dialogs.notifications;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.QuizFixture;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.ReminderDue;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.NewOverride;
import ua.zalik.testing.ReviewPolicy;
import ua.zalik.testing.TestView;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Students whose override moves their due time are reminded (and told they missed it) on their own time, not once they handed in. */
class OwnDueRemindersTests extends ChatTestSupport {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired SchoolService school;
    @Autowired QuizFixture quizzes;
    @Autowired Assignments assignments;
    @Autowired OwnDueReminders.OnReminder onReminder;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOverriddenDueTimeGetsItsOwnRemindersWhichMoveWithItAndStopWhenItIsRemoved() {
        SchoolFixture.World w = fixture.create();
        Actor admin = w.actor(w.admin());
        Actor teacher = w.actor(w.teacher());
        Account late = users.createAccount(admin, new NewAccount(0, "Late Student", null, null, Set.of(Role.STUDENT), "uk"));
        school.enrol(admin, w.classA().id(), late.id());
        long lateChat = link(late);
        Account lateParent = users.createAccount(admin, new NewAccount(0, "Late Parent", null, null, Set.of(Role.PARENT), "uk"));
        users.linkGuardian(admin, lateParent.id(), late.id());
        long parentChat = link(lateParent);
        TestView test = quizzes.fractions(w, ReviewPolicy.SCORE_AFTER_ATTEMPT);
        clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        Assignment assignment = quizzes.assignToClassA(w, test, Duration.ofDays(2));
        Instant own = assignment.dueAt().plus(Duration.ofDays(3));

        assignments.override(teacher, assignment.id(), new NewOverride(List.of(late.id()), null, null, own, null));

        await(() -> dueAt(OwnDueReminders.DAY_BEFORE, assignment.id(), late.id()).equals(own.minus(Duration.ofHours(24))));
        assertThat(dueAt(OwnDueReminders.HOUR_BEFORE, assignment.id(), late.id())).isEqualTo(own.minus(Duration.ofHours(1)));
        assertThat(dueAt(OwnDueReminders.MISSED, assignment.id(), late.id())).isEqualTo(own);
        assertThat(pending(assignment.id(), w.studentA().id())).as("no own reminders without an own due time").isZero();

        // the override moves a day later: so do its reminders
        Instant later = own.plus(Duration.ofDays(1));
        assignments.override(teacher, assignment.id(), new NewOverride(List.of(late.id()), null, null, later, null));
        await(() -> dueAt(OwnDueReminders.DAY_BEFORE, assignment.id(), late.id()).equals(later.minus(Duration.ofHours(24))));

        // on the test clock the day-before point passes: the scheduler fires it, and a second delivery changes nothing
        clock.set(later.minus(Duration.ofHours(23)));
        await(() -> "FIRED".equals(state(OwnDueReminders.DAY_BEFORE, assignment.id(), late.id())));
        fire(OwnDueReminders.DAY_BEFORE, assignment.id(), late.id());
        String expected = "Нагадування: завтра до " + DeadlineNotices.WHEN.format(later.atZone(KYIV)) + " треба здати Fractions.";
        await(() -> FAKE.textsTo(lateChat).contains(expected));

        // moved again, now less than a day ahead: only the hour-before one stays, at the new time
        Instant soon = later.minus(Duration.ofHours(1));
        assignments.override(teacher, assignment.id(), new NewOverride(List.of(late.id()), null, null, soon, null));
        await(() -> dueAt(OwnDueReminders.HOUR_BEFORE, assignment.id(), late.id()).equals(soon.minus(Duration.ofHours(1))));
        assertThat(state(OwnDueReminders.DAY_BEFORE, assignment.id(), late.id())).isNotEqualTo("PENDING");

        // their own due time passes without a hand-in: the hour-before reminder, then "missed" to them and their parent,
        // as on the assignment's
        clock.set(soon.plusSeconds(1));
        await(() -> FAKE.textsTo(lateChat).stream().anyMatch(t -> t.startsWith("Лишилася година: Fractions")));
        await(() -> FAKE.textsTo(lateChat).stream().anyMatch(t -> t.startsWith("Термін здачі Fractions минув")));
        await(() -> FAKE.textsTo(parentChat).contains("Late Student не здав(ла) вчасно Fractions."));

        // given a day more, then removed: the assignment's own reminders cover the student again, these are cancelled
        Instant extended = soon.plus(Duration.ofDays(1));
        assignments.override(teacher, assignment.id(), new NewOverride(List.of(late.id()), null, null, extended, null));
        await(() -> dueAt(OwnDueReminders.MISSED, assignment.id(), late.id()).equals(extended));
        assignments.removeOverride(teacher, assignment.id(), late.id());
        await(() -> "CANCELLED".equals(state(OwnDueReminders.HOUR_BEFORE, assignment.id(), late.id())));
        assertThat(state(OwnDueReminders.MISSED, assignment.id(), late.id())).isEqualTo("CANCELLED");
        assertThat(planned(late.id(), NotificationKind.DUE_REMINDER)).as("the day-before and the hour-before, once each").isEqualTo(2);
        assertThat(FAKE.textsTo(lateChat)).filteredOn(t -> t.startsWith("Нагадування") || t.startsWith("Лишилася")).hasSize(2);
    }

    @Test
    void aStudentWhoHandedInHearsNoReminderOfTheirOwnDueTime() {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        long studentChat = link(w.studentA());
        TestView test = quizzes.fractions(w, ReviewPolicy.SCORE_AFTER_ATTEMPT);
        Assignment assignment = quizzes.assignToClassA(w, test, Duration.ofDays(2));
        Instant own = assignment.dueAt().plus(Duration.ofDays(3));
        assignments.override(teacher, assignment.id(), new NewOverride(List.of(w.studentA().id()), null, null, own, null));
        await(() -> pending(assignment.id(), w.studentA().id()) == 3);

        quizzes.handInRight(assignment, w.studentA());
        await(() -> FAKE.textsTo(studentChat).stream().anyMatch(t -> t.startsWith("Результат")));
        fire(OwnDueReminders.DAY_BEFORE, assignment.id(), w.studentA().id());
        fire(OwnDueReminders.HOUR_BEFORE, assignment.id(), w.studentA().id());
        fire(OwnDueReminders.MISSED, assignment.id(), w.studentA().id());

        assertThat(jdbc.queryForObject("select count(*) from notify.notification where recipient_id = ? and kind in ('DUE_REMINDER', 'MISSED_DEADLINE')",
                Integer.class, w.studentA().id())).isZero();
    }

    /** What the scheduler does when the reminder is due: hands its stored payload to the handler. */
    private void fire(String kind, long assignmentId, long studentId) {
        String key = OwnDueReminders.key(assignmentId, studentId);
        Map<String, String> payload = new java.util.HashMap<>();
        jdbc.query("select p.key, p.value from notify.reminder r, jsonb_each_text(r.payload) p where r.kind = ? and r.subject_key = ?",
                rs -> {
                    payload.put(rs.getString(1), rs.getString(2));
                }, kind, key);
        long id = jdbc.queryForObject("select id from notify.reminder where kind = ? and subject_key = ?", Long.class, kind, key);
        onReminder.handle(new ReminderDue(id, kind, key, payload));
    }

    private Instant dueAt(String kind, long assignmentId, long studentId) {
        List<java.sql.Timestamp> found = jdbc.queryForList("select due_at from notify.reminder where kind = ? and subject_key = ? "
                + "and state = 'PENDING'", java.sql.Timestamp.class, kind, OwnDueReminders.key(assignmentId, studentId));
        return found.isEmpty() ? Instant.EPOCH : found.getFirst().toInstant();
    }

    private String state(String kind, long assignmentId, long studentId) {
        return jdbc.queryForObject("select state from notify.reminder where kind = ? and subject_key = ?", String.class,
                kind, OwnDueReminders.key(assignmentId, studentId));
    }

    private int planned(long recipientId, NotificationKind kind) {
        return jdbc.queryForObject("select count(*) from notify.notification where recipient_id = ? and kind = ?",
                Integer.class, recipientId, kind.name());
    }

    private int pending(long assignmentId, long studentId) {
        return jdbc.queryForObject("select count(*) from notify.reminder where subject_key = ? and state = 'PENDING'",
                Integer.class, OwnDueReminders.key(assignmentId, studentId));
    }

    private long link(Account account) {
        long chat = newChat();
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, "uk"));
        return chat;
    }
}

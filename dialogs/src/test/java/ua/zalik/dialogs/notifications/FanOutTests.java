package ua.zalik.dialogs.notifications;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.PlannedNotices;
import ua.zalik.notify.NotificationKind;
import ua.zalik.dialogs.QuizFixture;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;
import ua.zalik.outbox.Outbox;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.AssignmentClosed;
import ua.zalik.testing.Grading;
import ua.zalik.testing.PendingAnswer;
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
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Testing's events become messages: reminders before the due time, "missed" after it, results when released. */
class FanOutTests extends ChatTestSupport {

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired SchoolService school;
    @Autowired QuizFixture quizzes;
    @Autowired DeadlineNotices deadlines;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlannedNotices planned;
    @Autowired AttemptGrades grades;
    @Autowired Grading grading;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired AssignmentCloses closes;

    @Test
    void remindersAndMissedDeadlinesReachOnlyThoseWhoHaveNotHandedIn() {
        Setup s = setup(ReviewPolicy.SCORE_AFTER_ATTEMPT);
        Assignment assignment = assign(s, Duration.ofDays(2));
        await(() -> jdbc.queryForObject("select count(*) from notify.reminder where subject_key = ? and kind like 'due-%'",
                Integer.class, "assignment:" + assignment.id()) == 3);
        assertThat(jdbc.queryForObject("select due_at from notify.reminder where kind = 'due-24h' and subject_key = ?",
                java.sql.Timestamp.class, "assignment:" + assignment.id()).toInstant())
                .isEqualTo(assignment.dueAt().minus(Duration.ofHours(24)));
        quizzes.handInRight(assignment, s.studentA());

        deadlines.fire(DeadlineNotices.DAY_BEFORE, assignment.id());
        assertThat(textStartingWith(s.absentChat(), "Нагадування: завтра до")).contains("Fractions");
        clock.advance(Duration.ofDays(2).plusMinutes(1));
        deadlines.fire(DeadlineNotices.MISSED, assignment.id());
        deadlines.fire(DeadlineNotices.MISSED, assignment.id());

        textStartingWith(s.absentChat(), "Термін здачі Fractions минув");
        assertThat(textStartingWith(s.absentParentChat(), "Absent Student"))
                .isEqualTo("Absent Student не здав(ла) вчасно Fractions.");
        assertThat(textStartingWith(s.teacherChat(), "Fractions: не здали"))
                .isEqualTo("Fractions: не здали вчасно 1 з 2: Absent Student.");
        // fire ran on this thread: whatever it planned is in the table now
        assertThat(planned.count(s.absent().id(), NotificationKind.MISSED_DEADLINE)).isEqualTo(1);
        assertThat(planned.count(s.absentParent().id(), NotificationKind.MISSED_DEADLINE)).isEqualTo(1);
        assertThat(planned.count(s.w().teacher().id(), NotificationKind.MISSED_SUMMARY)).isEqualTo(1);
        assertThat(planned.count(s.studentA().id(), NotificationKind.MISSED_DEADLINE)).isZero();
        assertThat(planned.count(s.studentA().id(), NotificationKind.DUE_REMINDER)).isZero();
        assertThat(FAKE.textsTo(s.absentChat())).filteredOn(t -> t.startsWith("Нагадування") || t.startsWith("Термін")).hasSize(2);
        assertThat(FAKE.textsTo(s.teacherChat())).filteredOn(t -> t.contains("не здали")).hasSize(1);
        assertThat(FAKE.textsTo(s.studentChat())).as("the student who handed in hears only their result")
                .noneMatch(text -> text.contains("Нагадування") || text.contains("минув"));
    }

    @Test
    void aResultReleasedAfterAnAttemptSubmittedOutsideTheChatReachesTheStudentAndTheirParentOnce() {
        Setup s = setup(ReviewPolicy.SCORE_AFTER_ATTEMPT);
        Assignment assignment = assign(s, Duration.ofDays(2));

        quizzes.handInRight(assignment, s.studentA());

        assertThat(textStartingWith(s.studentChat(), "Результат"))
                .isEqualTo("Результат Fractions: 100% — оцінка 12 з 12.");
        assertThat(textStartingWith(s.parentChat(), s.w().studentA().fullName()))
                .isEqualTo(s.w().studentA().fullName() + ": результат Fractions — 100%, оцінка 12 з 12.");
    }

    @Test
    void aStudentWhoSubmitsInChatSeesTheResultOnceOnScreenWhileTheirParentIsTold() {
        Setup s = setup(ReviewPolicy.SCORE_AFTER_ATTEMPT);
        Assignment assignment = assign(s, Duration.ofDays(2));
        long chat = s.studentChat();
        textStartingWith(chat, "Нове завдання"); // the assignment's notice first, so the replies below are the next messages

        FakeMessage screen = pressed(chat, reply(chat, "/tests"), "▶ Fractions");
        screen = pressed(chat, screen, "1");
        screen = pressed(chat, screen, "✅ Здати");
        assertThat(screen.text()).contains("Тест здано.", "(100%) · оцінка 12 з 12");
        grades.awaitFinished(graded -> graded.assignmentId() == assignment.id(), 1);

        assertThat(textStartingWith(s.parentChat(), s.w().studentA().fullName()))
                .isEqualTo(s.w().studentA().fullName() + ": результат Fractions — 100%, оцінка 12 з 12.");
        // the consumer has finished the event: a notice to the student would be planned by now
        assertThat(planned.count(s.studentA().id(), NotificationKind.RESULTS_RELEASED)).isZero();
        assertThat(FAKE.textsTo(chat)).as("the result screen only").filteredOn(t -> t.contains("оцінка 12 з 12")).hasSize(1);
    }

    @Test
    void anEssayGradedAfterTheStudentSubmittedInChatIsNewsToTheStudentAndTheirParent() {
        Setup s = setup(ReviewPolicy.SCORE_AFTER_ATTEMPT);
        Assignment assignment = quizzes.assignToClassA(s.w(), quizzes.essay(s.w(), ReviewPolicy.SCORE_AFTER_ATTEMPT),
                Duration.ofDays(2));
        long chat = s.studentChat();
        textStartingWith(chat, "Нове завдання");

        pressed(chat, reply(chat, "/tests"), "▶ Essay");
        FakeMessage screen = pressed(chat, reply(chat, "Halves make a whole."), "✅ Здати");
        assertThat(screen.text()).contains("Тест здано.", "Розгорнуті відповіді ще перевіряє вчитель");
        PendingAnswer essay = grading.queue(s.teacherActor(), assignment.id()).getFirst();
        grading.grade(s.teacherActor(), essay.attemptId(), essay.slot(), essay.maxPoints(), null);

        assertThat(textStartingWith(chat, "Результат")).isEqualTo("Результат Essay: 100% — оцінка 12 з 12.");
        assertThat(textStartingWith(s.parentChat(), s.w().studentA().fullName()))
                .isEqualTo(s.w().studentA().fullName() + ": результат Essay — 100%, оцінка 12 з 12.");
    }

    @Test
    void aResultHeldUntilCloseSaysNothingWhenTheAttemptIsGradedAndIsToldOnceWhenTheAssignmentCloses() {
        Setup s = setup(new ReviewPolicy(ReviewPolicy.When.AFTER_CLOSE, true, false, false, false));
        Assignment assignment = assign(s, Duration.ofDays(2));

        quizzes.handInRight(assignment, s.studentA());
        await(() -> jdbc.queryForObject("select count(*) from outbox.event where type = 'AttemptGraded' and "
                + "(payload->>'assignmentId')::bigint = ? and published_at is not null", Integer.class, assignment.id()) == 1);
        grades.awaitFinished(graded -> graded.assignmentId() == assignment.id(), 1);

        assertThat(planned.count(s.studentA().id(), NotificationKind.RESULTS_RELEASED)).isZero();
        assertThat(FAKE.textsTo(s.studentChat())).noneMatch(text -> text.startsWith("Результат"));

        // the close event, delivered twice
        for (int i = 0; i < 2; i++) {
            transactions.executeWithoutResult(status -> outbox.record(new AssignmentClosed(assignment.id(), s.test().id(), Instant.now())));
        }
        assertThat(textStartingWith(s.studentChat(), "Результат")).isEqualTo("Результат Fractions: 100% — оцінка 12 з 12.");
        assertThat(textStartingWith(s.parentChat(), s.w().studentA().fullName()))
                .isEqualTo(s.w().studentA().fullName() + ": результат Fractions — 100%, оцінка 12 з 12.");
        closes.awaitFinished(closed -> closed.assignmentId() == assignment.id(), 2);
        assertThat(planned.count(s.studentA().id(), NotificationKind.RESULTS_RELEASED)).isEqualTo(1);
        assertThat(planned.count(s.absent().id(), NotificationKind.RESULTS_RELEASED)).as("no result, nothing to tell").isZero();
    }

    private Setup setup(ReviewPolicy review) {
        SchoolFixture.World w = fixture.create();
        Actor admin = w.actor(w.admin());
        Actor teacher = w.actor(w.teacher());
        Account absent = users.createAccount(admin, new NewAccount(0, "Absent Student", null, null, Set.of(Role.STUDENT), "uk"));
        school.enrol(admin, w.classA().id(), absent.id());
        Account absentParent = users.createAccount(admin, new NewAccount(0, "Absent Parent", null, null, Set.of(Role.PARENT), "uk"));
        users.linkGuardian(admin, absentParent.id(), absent.id());
        TestView test = quizzes.fractions(w, review);
        return new Setup(w, teacher, test, w.studentA(), link(w.studentA()), link(w.parent()), link(w.teacher()),
                link(absent), link(absentParent), absent, absentParent);
    }

    private record Setup(SchoolFixture.World w, Actor teacherActor, TestView test, Account studentA, long studentChat,
                         long parentChat, long teacherChat, long absentChat, long absentParentChat, Account absent,
                         Account absentParent) {
    }

    private Assignment assign(Setup s, Duration dueIn) {
        return quizzes.assignToClassA(s.w(), s.test(), dueIn);
    }

    private long link(Account account) {
        long chat = newChat();
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, "uk"));
        return chat;
    }

    /** Presses a button of the message and returns it once the bot has edited it. */
    private static FakeMessage pressed(long chat, FakeMessage message, String label) {
        int edits = message.edits();
        press(chat, message, label);
        return edited(chat, message.messageId(), edits + 1);
    }

    /** Waits for a message to the chat that starts so (other notices, e.g. the new assignment's, may come first). */
    private static String textStartingWith(long chat, String prefix) {
        await(() -> FAKE.textsTo(chat).stream().anyMatch(text -> text.startsWith(prefix)));
        return FAKE.textsTo(chat).stream().filter(text -> text.startsWith(prefix)).findFirst().orElseThrow();
    }
}

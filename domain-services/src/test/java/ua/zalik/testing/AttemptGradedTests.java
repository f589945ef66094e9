package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import ua.zalik.testsupport.TestClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way an attempt gets graded says so in its event: the result notice tells only students who have not seen it. */
@SpringBootTest
class AttemptGradedTests {

    @Autowired TestingWorld worlds;
    @Autowired Attempts attempts;
    @Autowired Grading grading;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aSubmitWithTheResultOnScreenIsTheOnlyOneTheStudentHasSeen() {
        TestingWorld.Setup s = worlds.create(new TestSettings(10, 4, GradingMethod.HIGHEST, false, false, null,
                ReviewPolicy.SCORE_AFTER_ATTEMPT), GraderTests.TRUE_FALSE);
        Assignment assignment = s.assign();

        long shown = attempts.start(s.studentA(), assignment.id()).id();
        attempts.submitShowingResult(s.studentA(), shown);
        long elsewhere = attempts.start(s.studentA(), assignment.id()).id();
        attempts.submit(s.studentA(), elsewhere);
        // time runs out twice: once found by a new start, once by the sweep (a background sweep says the same)
        long restarted = attempts.start(s.studentA(), assignment.id()).id();
        clock.advance(Duration.ofMinutes(11));
        long swept = attempts.start(s.studentA(), assignment.id()).id();
        clock.advance(Duration.ofMinutes(11));
        attempts.submitOverdue();

        assertThat(List.of(occasion(shown), occasion(elsewhere), occasion(restarted), occasion(swept))).containsExactly(
                "SUBMITTED_ON_SCREEN", "SUBMITTED", "TIMED_OUT", "TIMED_OUT");
        assertThat(graded(shown).seenByStudent()).isTrue();
        assertThat(List.of(elsewhere, restarted, swept)).noneMatch(id -> graded(id).seenByStudent());
    }

    @Test
    void theChatHandsInAnAttemptThatRanOutWithItsResultOnScreen() {
        TestingWorld.Setup s = worlds.create(new TestSettings(10, 2, GradingMethod.HIGHEST, false, false, null,
                ReviewPolicy.SCORE_AFTER_ATTEMPT), GraderTests.TRUE_FALSE);
        Assignment assignment = s.assign();

        long opened = attempts.start(s.studentA(), assignment.id()).id();
        assertThat(overdueInChat(opened, () -> attempts.questionIfOpen(s.studentA(), opened, 0).isEmpty())).isTrue();
        long answered = attempts.start(s.studentA(), assignment.id()).id();
        assertThat(overdueInChat(answered, () -> attempts.answerIfOpen(s.studentA(), answered, 0, new Response.TrueFalse(true))))
                .isEqualTo(AnswerOutcome.OVER);

        assertThat(List.of(occasion(opened), occasion(answered))).containsOnly("SUBMITTED_ON_SCREEN");
    }

    @Test
    void anEssayGradedLaterIsNewsToTheStudentEvenWhenSubmittedOnScreen() {
        TestingWorld.Setup s = worlds.create(new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null,
                ReviewPolicy.SCORE_AFTER_ATTEMPT), GraderTests.TRUE_FALSE, new QuestionBody.Essay("thesis"));
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        attempts.answer(s.studentA(), attempt.id(), 1, new Response.Text("An essay."));

        attempts.submitShowingResult(s.studentA(), attempt.id());
        assertThat(count(attempt.id())).as("nothing graded while the essay waits").isZero();
        grading.grade(s.teacher(), attempt.id(), 1, BigDecimal.ONE, null);

        assertThat(occasion(attempt.id())).isEqualTo("GRADED_BY_HAND");
        assertThat(graded(attempt.id()).seenByStudent()).isFalse();
    }

    @Test
    void anEventRecordedBeforeTheOccasionExistedReadsAsUnseen() {
        AttemptGraded old = json.readValue("""
                {"attemptId":1,"assignmentId":2,"studentId":3,"points":4.00,"maxPoints":5.00,"percent":80.00,"grade":10}""",
                AttemptGraded.class);

        assertThat(old.occasion()).isNull();
        assertThat(old.seenByStudent()).isFalse();
        assertThat(old.grade()).isEqualTo(10);
        AttemptGraded now = new AttemptGraded(1, 2, 3, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, 2,
                AttemptGraded.Occasion.SUBMITTED_ON_SCREEN);
        assertThat(json.readValue(json.writeValueAsString(now), AttemptGraded.class)).isEqualTo(now);
    }

    /**
     * Lets the attempt's time run out and calls the chat in one transaction that holds its row first, so the background
     * sweep (which skips locked rows) cannot hand it in before the chat does.
     */
    private <T> T overdueInChat(long attemptId, java.util.function.Supplier<T> call) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.queryForObject("select id from testing.attempt where id = ? for no key update", Long.class, attemptId);
            clock.advance(Duration.ofMinutes(11));
            return call.get();
        });
    }

    private String occasion(long attemptId) {
        return jdbc.queryForObject("select payload->>'occasion' from outbox.event where type = 'AttemptGraded' "
                + "and (payload->>'attemptId')::bigint = ?", String.class, attemptId);
    }

    private AttemptGraded graded(long attemptId) {
        return json.readValue(jdbc.queryForObject("select payload::text from outbox.event where type = 'AttemptGraded' "
                + "and (payload->>'attemptId')::bigint = ?", String.class, attemptId), AttemptGraded.class);
    }

    private int count(long attemptId) {
        return jdbc.queryForObject("select count(*) from outbox.event where type = 'AttemptGraded' "
                + "and (payload->>'attemptId')::bigint = ?", Integer.class, attemptId);
    }
}

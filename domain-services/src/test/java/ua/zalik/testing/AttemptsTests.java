package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.testsupport.TestClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AttemptsTests {

    @Autowired TestingWorld worlds;
    @Autowired Attempts attempts;
    @Autowired Grading grading;
    @Autowired Assignments assignments;
    @Autowired Results results;
    @Autowired QuestionBank bank;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    @Autowired Reviews reviews;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    static final TestSettings SHUFFLED = new TestSettings(20, 1, GradingMethod.HIGHEST, true, true, new BigDecimal("60"),
            new ReviewPolicy(ReviewPolicy.When.AFTER_ATTEMPT, true, true, true, true));

    @Test
    void studentNeverSeesFractionsOrFeedbackWhileAnswering() {
        TestingWorld.Setup s = worlds.create(SHUFFLED);
        Assignment assignment = s.assign();

        AttemptView attempt = attempts.start(s.studentA(), assignment.id());
        String payload = json.writeValueAsString(attempt) + json.writeValueAsString(attempts.question(s.studentA(), attempt.id(), 0));

        assertThat(attempt.questions()).hasSize(8);
        assertThat(payload).doesNotContain("fraction", "feedback", "well done", "general", "tolerance", "thesis", "answer\"");
    }

    @Test
    void aSequentialTestIsAnsweredInOrderAndEachQuestionOnce() {
        TestSettings inOrder = new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null,
                ReviewPolicy.SCORE_AFTER_ATTEMPT, Navigation.SEQUENTIAL);
        TestingWorld.Setup s = worlds.create(inOrder);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        QuestionView first = attempt.questions().get(0);

        assertThat(attempt.sequential()).isTrue();
        assertThatThrownBy(() -> attempts.question(s.studentA(), attempt.id(), 1)).as("skipping ahead")
                .isInstanceOf(ua.zalik.kernel.InvalidInputException.class).hasMessageContaining("question 1 is the one");
        assertThat(attempts.question(s.studentA(), attempt.id(), 0).slot()).as("shown, not answered yet").isZero();
        attempts.answer(s.studentA(), attempt.id(), 0, Answers.right(first));
        assertThatThrownBy(() -> attempts.answer(s.studentA(), attempt.id(), 0, Answers.right(first))).as("going back")
                .isInstanceOf(ua.zalik.kernel.InvalidInputException.class);
        assertThatThrownBy(() -> attempts.question(s.studentA(), attempt.id(), 0)).as("looking back")
                .isInstanceOf(ua.zalik.kernel.InvalidInputException.class);
        assertThat(attempts.answerIfOpen(s.studentA(), attempt.id(), 2, Answers.right(attempt.questions().get(2))))
                .isEqualTo(AnswerOutcome.DOES_NOT_FIT);
        assertThat(attempts.question(s.studentA(), attempt.id(), 1).slot()).isEqualTo(1);
        // as the chat does it: answer and show the next question in one transaction
        QuestionView next = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> {
            attempts.answerIfOpen(s.studentA(), attempt.id(), 1, Answers.right(attempt.questions().get(1)));
            return attempts.questionIfOpen(s.studentA(), attempt.id(), 2).orElseThrow();
        });
        assertThat(next.slot()).isEqualTo(2);

        TestingWorld.Setup other = worlds.create(SHUFFLED);
        assertThat(attempts.start(other.studentA(), other.assign().id()).sequential()).as("free navigation stays the default")
                .isFalse();
    }

    @Test
    void answeringEverythingRightScoresFullPointsAndTheEssayWaitsForTheTeacher() {
        TestingWorld.Setup s = worlds.create(SHUFFLED);
        Assignment assignment = s.assign();
        AttemptView attempt = attempts.start(s.studentA(), assignment.id());

        for (QuestionView question : attempt.questions()) {
            attempts.answer(s.studentA(), attempt.id(), question.slot(), Answers.right(question));
        }
        AttemptView submitted = attempts.submit(s.studentA(), attempt.id());

        assertThat(submitted.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(points(attempt.id())).isEqualByComparingTo("7");
        List<PendingAnswer> queue = grading.queue(s.teacher(), assignment.id());
        assertThat(queue).singleElement().satisfies(p -> assertThat(p.response()).isEqualTo("An essay with a thesis."));
        assertThat(grading.queue(s.w().actor(s.w().admin()), null)).hasSize(1);

        Score score = grading.grade(s.teacher(), attempt.id(), queue.getFirst().slot(), new BigDecimal("0.5"), "thin");

        assertThat(score.points()).isEqualByComparingTo("7.5");
        assertThat(score.percent()).isEqualByComparingTo("93.75");
        assertThat(score.grade()).isEqualTo(11);
        assertThat(score.passed()).isTrue();
        assertThat(state(attempt.id())).isEqualTo("GRADED");
        assertThat(events("AttemptGraded", attempt.id())).isEqualTo(1);
        assertThat(grading.queue(s.teacher(), assignment.id())).isEmpty();
    }

    @Test
    void wrongAnswersScoreNothingAndAnEmptyEssayNeedsNoGrading() {
        TestingWorld.Setup s = worlds.create(SHUFFLED);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());

        for (QuestionView question : attempt.questions()) {
            attempts.answer(s.studentA(), attempt.id(), question.slot(), Answers.wrong(question));
        }
        attempts.submit(s.studentA(), attempt.id());

        assertThat(state(attempt.id())).isEqualTo("GRADED");
        assertThat(points(attempt.id())).isEqualByComparingTo("0");
    }

    @Test
    void theSameAnswerTwiceIsOneAnswerAndChangingItIsAllowed() {
        TestingWorld.Setup s = worlds.create(SHUFFLED);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        QuestionView tf = attempt.questions().stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).findFirst().orElseThrow();

        attempts.answer(s.studentA(), attempt.id(), tf.slot(), new Response.TrueFalse(false));
        Object firstTime = answeredAt(attempt.id(), tf.slot());
        clock.advance(Duration.ofSeconds(5));
        attempts.answer(s.studentA(), attempt.id(), tf.slot(), new Response.TrueFalse(false));

        assertThat(answeredAt(attempt.id(), tf.slot())).isEqualTo(firstTime);
        assertThat(jdbc.queryForObject("select count(*) from testing.answer where attempt_id = ?", Integer.class, attempt.id()))
                .isEqualTo(1);

        QuestionView changed = attempts.answer(s.studentA(), attempt.id(), tf.slot(), new Response.TrueFalse(true));
        assertThat(changed.response()).isEqualTo(new Response.TrueFalse(true));
        assertThat(answeredAt(attempt.id(), tf.slot())).isNotEqualTo(firstTime);
    }

    @Test
    void neighboursSeeDifferentOrdersAndARestartResumesTheSameAttempt() {
        TestingWorld.Setup s = worlds.create(SHUFFLED);
        Assignment assignment = s.assign();
        Actor other = s.w().actor(s.w().studentB());

        AttemptView first = attempts.start(s.studentA(), assignment.id());
        AttemptView again = attempts.start(s.studentA(), assignment.id());

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.questions()).isEqualTo(first.questions());
        assertThatThrownBy(() -> attempts.start(other, assignment.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> attempts.attempt(other, first.id())).isInstanceOf(NotFoundException.class);
        assertThat(layoutOrder(first.id())).isNotEqualTo(layoutOrderOf(s, assignment));
    }

    @Test
    void editingAQuestionDuringAnAttemptMakesANewVersionAndTheAttemptKeepsItsOwn() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        Question question = s.question(QuestionType.TRUE_FALSE);

        Question edited = bank.editQuestion(s.teacher(), question.id(), null,
                new QuestionDraft(null, "Changed text", new QuestionBody.TrueFalse(false, null, null), null, null, null));

        assertThat(edited.version()).isEqualTo(2);
        assertThat(attempts.question(s.studentA(), attempt.id(), 0).text()).isEqualTo("TRUE_FALSE question");
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true));
        attempts.submit(s.studentA(), attempt.id());
        assertThat(points(attempt.id())).isEqualByComparingTo("1");
    }

    @Test
    void anAttemptPastItsTimeLimitIsSubmittedAutomaticallyWithWhatWasAnswered() {
        TestingWorld.Setup s = worlds.create(new TestSettings(10, 1, GradingMethod.HIGHEST, false, false, null, null),
                GraderTests.TRUE_FALSE, GraderTests.NUMERIC);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true));

        clock.advance(Duration.ofMinutes(11));
        assertThatThrownBy(() -> attempts.answer(s.studentA(), attempt.id(), 1, new Response.Text("3.14")))
                .isInstanceOf(ConflictException.class);
        attempts.submitOverdue();

        assertThat(state(attempt.id())).isEqualTo("GRADED");
        assertThat(points(attempt.id())).isEqualByComparingTo("1");
        assertThat(jdbc.queryForObject("select auto_submitted from testing.attempt where id = ?", Boolean.class, attempt.id())).isTrue();
        assertThat(events("AttemptSubmitted", attempt.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notify.notification where recipient_id = ? and dedupe_key = ?",
                Integer.class, s.w().studentA().id(), "attempt-auto:" + attempt.id())).isEqualTo(1);
    }

    @Test
    void chatCallsReportRefusalsInsteadOfSpoilingTheCallersTransaction() {
        TestingWorld.Setup s = worlds.create(new TestSettings(10, 1, GradingMethod.HIGHEST, false, false, null, null),
                GraderTests.TRUE_FALSE, GraderTests.NUMERIC);
        Assignment assignment = s.assign();
        AttemptView attempt = attempts.start(s.studentA(), assignment.id());

        assertThat(inTransaction(() -> attempts.answerIfOpen(s.studentA(), attempt.id(), 1, new Response.TrueFalse(true))))
                .isEqualTo(AnswerOutcome.DOES_NOT_FIT);
        assertThat(inTransaction(() -> attempts.answerIfOpen(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true))))
                .isEqualTo(AnswerOutcome.SAVED);
        assertThat(inTransaction(() -> reviews.reviewNow(s.studentA(), attempt.id()).withheld()))
                .isEqualTo(ChatReview.Withheld.IN_PROGRESS);

        clock.advance(Duration.ofMinutes(11));
        assertThat(inTransaction(() -> attempts.questionIfOpen(s.studentA(), attempt.id(), 1))).isEmpty();
        assertThat(inTransaction(() -> attempts.answerIfOpen(s.studentA(), attempt.id(), 1, new Response.Text("3.14"))))
                .isEqualTo(AnswerOutcome.OVER);
        assertThat(state(attempt.id())).isEqualTo("GRADED");
        assertThat(inTransaction(() -> attempts.startIfAllowed(s.studentA(), assignment.id()))).isEmpty();
        assertThat(inTransaction(() -> reviews.reviewNow(s.studentA(), attempt.id()).review().score().points()))
                .isEqualByComparingTo("1");
    }

    @Test
    void aStudentSeesTheirOpenAssignmentsWithAttemptsLeftAndTheAttemptInProgress() {
        TestingWorld.Setup s = worlds.create(new TestSettings(15, 2, GradingMethod.HIGHEST, false, false, null, null),
                GraderTests.TRUE_FALSE);
        Assignment assignment = s.assign();

        OpenAssignment before = attempts.openAssignments(s.studentA()).getFirst();
        assertThat(before.assignmentId()).isEqualTo(assignment.id());
        assertThat(before.attemptsLeft()).isEqualTo(2);
        assertThat(before.attemptInProgress()).isNull();
        assertThat(before.timeLimitMinutes()).isEqualTo(15);
        assertThat(before.zone()).isEqualTo(java.time.ZoneId.of("Europe/Kyiv"));

        AttemptView attempt = attempts.start(s.studentA(), assignment.id());
        OpenAssignment during = attempts.openAssignments(s.studentA()).getFirst();
        assertThat(during.attemptInProgress()).isEqualTo(attempt.id());
        assertThat(during.attemptsLeft()).isEqualTo(1);

        attempts.submit(s.studentA(), attempt.id());
        attempts.submit(s.studentA(), attempts.start(s.studentA(), assignment.id()).id());
        assertThat(attempts.openAssignments(s.studentA())).extracting(OpenAssignment::assignmentId)
                .doesNotContain(assignment.id());
    }

    @Test
    void attemptsRunOutUnlessAnOverrideGivesMore() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        Assignment assignment = s.assign();
        attempts.submit(s.studentA(), attempts.start(s.studentA(), assignment.id()).id());

        assertThatThrownBy(() -> attempts.start(s.studentA(), assignment.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no attempts left");

        assignments.override(s.teacher(), assignment.id(), new NewOverride(List.of(s.w().studentA().id()), null, 2, null, null));
        assertThat(attempts.start(s.studentA(), assignment.id()).number()).isEqualTo(2);
    }

    @Test
    void aClosedAssignmentTakesNoNewAttempts() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        Assignment assignment = s.assign();

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        assertThatThrownBy(() -> attempts.start(s.studentA(), assignment.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void workSubmittedAfterTheDueTimeButBeforeTheCloseIsLate() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        Assignment assignment = assignments.assign(s.teacher(), new NewAssignment(s.test().id(), s.w().classA().id(), null, null,
                clock.instant().plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofHours(3))));

        clock.advance(Duration.ofHours(2));
        attempts.submit(s.studentA(), attempts.start(s.studentA(), assignment.id()).id());

        assertThat(results.resultsTable(s.teacher(), assignment.id()).rows().getFirst().late()).isTrue();
    }

    private List<Long> layoutOrder(long attemptId) {
        return jdbc.queryForList("select (e->>'questionId')::bigint from testing.attempt, jsonb_array_elements(layout->'slots') e where id = ?",
                Long.class, attemptId);
    }

    private List<Long> layoutOrderOf(TestingWorld.Setup s, Assignment assignment) {
        // a second student in the same class, starting the same assignment
        Actor student = s.w().actor(s.w().users().createAccount(s.admin(), new ua.zalik.users.NewAccount(0, "Neighbour", null, null,
                java.util.Set.of(ua.zalik.kernel.Role.STUDENT), "uk")));
        jdbc.update("insert into testing.assignment_student (assignment_id, student_id) values (?, ?)", assignment.id(), student.accountId());
        return layoutOrder(attempts.start(student, assignment.id()).id());
    }

    /** Runs the call in a transaction that must still commit, as a chat turn's does. */
    private <T> T inTransaction(java.util.function.Supplier<T> call) {
        T result = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> call.get());
        return result;
    }

    private BigDecimal points(long attemptId) {
        return jdbc.queryForObject("select points from testing.attempt where id = ?", BigDecimal.class, attemptId);
    }

    private String state(long attemptId) {
        return jdbc.queryForObject("select state from testing.attempt where id = ?", String.class, attemptId);
    }

    private Object answeredAt(long attemptId, int slot) {
        return jdbc.queryForObject("select answered_at from testing.answer where attempt_id = ? and slot = ?", Object.class, attemptId, slot);
    }

    int events(String type, long attemptId) {
        return jdbc.queryForObject("select count(*) from outbox.event where type = ? and (payload->>'attemptId')::bigint = ?",
                Integer.class, type, attemptId);
    }
}

package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ReviewsTests {

    @Autowired TestingWorld worlds;
    @Autowired Attempts attempts;
    @Autowired Reviews reviews;
    @Autowired Results results;
    @Autowired SchoolFixture fixture;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    @Test
    void studentNeverSeesFractionsBeforeReview() {
        ReviewPolicy afterClose = new ReviewPolicy(ReviewPolicy.When.AFTER_CLOSE, true, true, true, true);
        TestingWorld.Setup s = worlds.create(new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null, afterClose));
        Assignment assignment = s.assign();
        long attemptId = answerAllRight(s, assignment);

        assertThatThrownBy(() -> reviews.review(s.studentA(), attemptId)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reviews.review(s.w().actor(s.w().parent()), attemptId)).isInstanceOf(ForbiddenException.class);
        assertThat(reviews.resultsOf(s.studentA(), s.w().studentA().id())).singleElement()
                .satisfies(r -> assertThat(r.score()).isNull());

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        AttemptReview review = reviews.review(s.studentA(), attemptId);
        assertThat(review.score().points()).isEqualByComparingTo("7");
        assertThat(review.slots()).allSatisfy(slot -> assertThat(slot.body()).isNull());
        assertThat(review.slots()).anySatisfy(slot -> assertThat(slot.rightAnswers()).contains("Kyiv"));
        assertThat(reviews.review(s.w().actor(s.w().parent()), attemptId).score()).isNotNull();
        assertThat(reviews.resultsOf(s.w().actor(s.w().parent()), s.w().studentA().id())).singleElement()
                .satisfies(r -> assertThat(r.score().grade()).isEqualTo(10));
    }

    @Test
    void aPolicyShowingOnlyTheScoreWithholdsAnswersAndFeedback() {
        ReviewPolicy scoreOnly = new ReviewPolicy(ReviewPolicy.When.AFTER_ATTEMPT, true, false, false, false);
        TestingWorld.Setup s = worlds.create(new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null, scoreOnly));
        long attemptId = answerAllRight(s, s.assign());

        AttemptReview review = reviews.review(s.studentA(), attemptId);

        assertThat(review.score()).isNotNull();
        String payload = json.writeValueAsString(review);
        assertThat(payload).doesNotContain("well done", "general SINGLE", "rightAnswers\":[");
        assertThat(review.slots()).allSatisfy(slot -> {
            assertThat(slot.response()).isNull();
            assertThat(slot.rightAnswers()).isNull();
            assertThat(slot.feedback()).isNull();
            assertThat(slot.shownAt()).isNull();
        });
    }

    @Test
    void neverMeansNeverForStudentsButTeachersSeeEverythingAndFastAnswersAreFlagged() {
        ReviewPolicy never = new ReviewPolicy(ReviewPolicy.When.NEVER, true, true, true, true);
        TestingWorld.Setup s = worlds.create(new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null, never),
                GraderTests.TRUE_FALSE, GraderTests.SINGLE);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        attempts.question(s.studentA(), attempt.id(), 0);
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true));
        attempts.question(s.studentA(), attempt.id(), 1);
        clock.advance(Duration.ofSeconds(30));
        attempts.answer(s.studentA(), attempt.id(), 1, new Response.Choices(java.util.List.of(0)));
        attempts.submit(s.studentA(), attempt.id());

        assertThatThrownBy(() -> reviews.review(s.studentA(), attempt.id())).isInstanceOf(ForbiddenException.class);
        AttemptReview teachers = reviews.review(s.teacher(), attempt.id());
        assertThat(teachers.slots().get(0).fast()).isTrue();
        assertThat(teachers.slots().get(1).fast()).isFalse();
        assertThat(teachers.slots().get(1).body()).isEqualTo(GraderTests.SINGLE);
        SchoolFixture.World other = fixture.create();
        assertThatThrownBy(() -> reviews.review(other.actor(other.admin()), attempt.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.review(s.w().actor(s.w().studentB()), attempt.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theResultsTableAndResponseMatrixCoverEveryRecipient() {
        TestingWorld.Setup s = worlds.create(new TestSettings(null, 2, GradingMethod.HIGHEST, true, true, null, null),
                GraderTests.TRUE_FALSE, GraderTests.NUMERIC);
        Assignment assignment = s.assign();
        AttemptView first = attempts.start(s.studentA(), assignment.id());
        attempts.submit(s.studentA(), first.id());
        long second = answerAllRightOnce(s, assignment);

        ResultsTable table = results.resultsTable(s.teacher(), assignment.id());
        ResponseMatrix matrix = results.responseMatrix(s.teacher(), assignment.id());

        assertThat(table.columns()).hasSize(2);
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.attempts()).isEqualTo(2);
            assertThat(row.countedAttemptId()).isEqualTo(second);
            assertThat(row.points()).containsExactly(new BigDecimal("1.00"), new BigDecimal("1.00"));
            assertThat(row.total().percent()).isEqualByComparingTo("100");
            assertThat(row.total().grade()).isEqualTo(12);
        });
        assertThat(matrix.rows()).hasSize(2);
        assertThat(matrix.rows().get(1).cells()).extracting(ResponseMatrix.Cell::position).containsExactly(0, 1);
        assertThat(matrix.rows().get(1).cells()).extracting(ResponseMatrix.Cell::fraction).containsExactly(1.0, 1.0);
        assertThatThrownBy(() -> results.resultsTable(s.studentA(), assignment.id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void wrongQuestionsNameTheQuestionsTheStudentMissedOnlyWhereTheReviewShowsTheScore() {
        ReviewPolicy open = new ReviewPolicy(ReviewPolicy.When.AFTER_ATTEMPT, true, true, true, true);
        TestingWorld.Setup s = worlds.create(new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null, open),
                GraderTests.SINGLE, GraderTests.TRUE_FALSE, GraderTests.SHORT);
        long attemptId = answerSecondWrong(s, s.assign());

        assertThat(reviews.wrongQuestions(s.studentA(), attemptId))
                .containsExactly(java.util.Map.entry(1, s.question(QuestionType.TRUE_FALSE).id()));
        assertThat(reviews.wrongQuestions(s.w().actor(s.w().parent()), attemptId)).isEmpty();
        assertThat(reviews.wrongQuestions(s.w().actor(s.w().studentB()), attemptId)).isEmpty();
        assertThat(reviews.wrongQuestions(s.studentA(), Long.MAX_VALUE)).isEmpty();

        ReviewPolicy noScore = new ReviewPolicy(ReviewPolicy.When.AFTER_ATTEMPT, false, true, true, true);
        TestingWorld.Setup hidden = worlds.create(new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null, noScore),
                GraderTests.SINGLE, GraderTests.TRUE_FALSE);
        assertThat(reviews.wrongQuestions(hidden.studentA(), answerSecondWrong(hidden, hidden.assign()))).isEmpty();
    }

    private long answerSecondWrong(TestingWorld.Setup s, Assignment assignment) {
        Actor student = s.studentA();
        AttemptView attempt = attempts.start(student, assignment.id());
        for (QuestionView question : attempt.questions()) {
            attempts.answer(student, attempt.id(), question.slot(),
                    question.slot() == 1 ? Answers.wrong(question) : Answers.right(question));
        }
        attempts.submit(student, attempt.id());
        return attempt.id();
    }

    private long answerAllRight(TestingWorld.Setup s, Assignment assignment) {
        return answerAllRightOnce(s, assignment);
    }

    private long answerAllRightOnce(TestingWorld.Setup s, Assignment assignment) {
        Actor student = s.studentA();
        AttemptView attempt = attempts.start(student, assignment.id());
        for (QuestionView question : attempt.questions()) {
            attempts.answer(student, attempt.id(), question.slot(), Answers.right(question));
        }
        attempts.submit(student, attempt.id());
        return attempt.id();
    }
}

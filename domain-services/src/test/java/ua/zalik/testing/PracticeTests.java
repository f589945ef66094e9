package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.testsupport.TestClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class PracticeTests {

    static final TestSettings SHOWS_ANSWERS = new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null,
            new ReviewPolicy(ReviewPolicy.When.AFTER_ATTEMPT, true, true, true, true));

    @Autowired TestingWorld worlds;
    @Autowired Attempts attempts;
    @Autowired Practice practice;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void questionsAnsweredWrongComeBackSpacedOverDaysAndNeverTouchGrades() {
        TestingWorld.Setup s = worlds.create(SHOWS_ANSWERS, GraderTests.SINGLE, GraderTests.TRUE_FALSE, GraderTests.NUMERIC);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.Choices(List.of(1)));
        attempts.answer(s.studentA(), attempt.id(), 1, new Response.TrueFalse(false));
        attempts.answer(s.studentA(), attempt.id(), 2, new Response.Text("3.14"));
        attempts.submit(s.studentA(), attempt.id());
        BigDecimal points = points(attempt.id());

        PracticeQuestion single = practice.next(s.studentA()).orElseThrow();
        assertThat(single.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(single.options()).containsExactly("Kyiv", "Lviv", "Kharkiv-ish");
        assertThat(single.correct()).isZero();
        assertThat(single.explanation()).isEqualTo("right");
        PracticeQuestion trueFalse = practice.next(s.studentA()).orElseThrow();
        assertThat(trueFalse.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(trueFalse.correct()).isZero();
        assertThat(practice.next(s.studentA())).as("the numeric one was right").isEmpty();

        assertThat(practice.answer(s.studentA(), single.questionId(), 0)).isEqualTo(new PracticeAnswer(true, 1, 1));
        assertThat(practice.answer(s.studentA(), trueFalse.questionId(), 1)).isEqualTo(new PracticeAnswer(false, 1, 2));
        assertThat(jdbc.queryForObject("select box from testing.practice where student_id = ? and question_id = ?",
                Integer.class, s.w().studentA().id(), single.questionId())).isEqualTo(1);
        assertThat(points(attempt.id())).isEqualByComparingTo(points);

        clock.advance(Duration.ofHours(2));
        assertThat(practice.next(s.studentA())).as("answered today: next due tomorrow").isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(practice.next(s.studentA()).orElseThrow().questionId()).isEqualTo(single.questionId());
        assertThat(practice.answer(s.studentA(), single.questionId(), 0).right()).isTrue();
        assertThat(practice.next(s.studentA()).orElseThrow().questionId()).isEqualTo(trueFalse.questionId());
        clock.advance(Duration.ofDays(1).plusHours(2));
        assertThat(practice.next(s.studentA()).orElseThrow().questionId()).as("box 2 waits two days, box 0 one")
                .isEqualTo(trueFalse.questionId());
        assertThat(practice.next(s.studentA())).isEmpty();
    }

    @Test
    void aTestThatHidesRightAnswersGivesNothingToPractise() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.SINGLE);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.Choices(List.of(1)));
        attempts.submit(s.studentA(), attempt.id());

        assertThat(practice.next(s.studentA())).isEmpty();
        assertThatThrownBy(() -> practice.answer(s.studentA(), s.questions().getFirst().id(), 0))
                .isInstanceOf(NotFoundException.class);
    }

    private BigDecimal points(long attemptId) {
        return jdbc.queryForObject("select points from testing.attempt where id = ?", BigDecimal.class, attemptId);
    }
}

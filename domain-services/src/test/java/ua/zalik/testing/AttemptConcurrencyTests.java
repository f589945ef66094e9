package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.ConflictException;
import ua.zalik.testsupport.TestClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AttemptConcurrencyTests {

    static final TestSettings TEN_MINUTES = new TestSettings(10, 3, GradingMethod.HIGHEST, false, false, null, null);

    @Autowired TestingWorld worlds;
    @Autowired Attempts attempts;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void submittingTwiceCountsOnce() throws Exception {
        TestingWorld.Setup s = worlds.create(TEN_MINUTES, GraderTests.TRUE_FALSE);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true));

        List<AttemptView> results = atOnce(8, () -> attempts.submit(s.studentA(), attempt.id()));
        attempts.submit(s.studentA(), attempt.id());

        assertThat(results).allSatisfy(r -> assertThat(r.state()).isEqualTo(AttemptState.GRADED));
        assertThat(events("AttemptSubmitted", attempt.id())).isEqualTo(1);
        assertThat(events("AttemptGraded", attempt.id())).isEqualTo(1);
    }

    @Test
    void twoStartsAtOnceMakeOneAttempt() throws Exception {
        TestingWorld.Setup s = worlds.create(TEN_MINUTES, GraderTests.TRUE_FALSE);
        Assignment assignment = s.assign();

        List<AttemptView> started = atOnce(6, () -> attempts.start(s.studentA(), assignment.id()));

        assertThat(started).extracting(AttemptView::id).containsOnly(started.getFirst().id());
        assertThat(jdbc.queryForObject("select count(*) from testing.attempt where assignment_id = ?", Integer.class, assignment.id()))
                .isEqualTo(1);
    }

    @Test
    void anAnswerRacingTheAutoSubmitEitherCountsOrIsRefusedNeverLost() throws Exception {
        TestingWorld.Setup s = worlds.create(TEN_MINUTES, GraderTests.TRUE_FALSE, GraderTests.SINGLE);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true));
        Response right = Answers.right(attempt.questions().get(1));
        clock.advance(Duration.ofMinutes(10).minusMillis(300));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<Boolean> answered = pool.submit(() -> {
            go.await();
            try {
                attempts.answer(s.studentA(), attempt.id(), 1, right);
                return true;
            } catch (ConflictException e) {
                return false;
            }
        });
        Future<Integer> swept = pool.submit(() -> {
            go.await();
            clock.advance(Duration.ofMillis(300));
            int count = 0;
            for (int i = 0; i < 20 && !"GRADED".equals(state(attempt.id())); i++) {
                count += attempts.submitOverdue();
            }
            return count;
        });
        go.countDown();
        boolean answerCounted = answered.get();
        swept.get();
        pool.shutdown();

        assertThat(state(attempt.id())).isEqualTo("GRADED");
        assertThat(events("AttemptSubmitted", attempt.id())).isEqualTo(1);
        String expected = answerCounted ? "2" : "1";
        assertThat(jdbc.queryForObject("select points from testing.attempt where id = ?", java.math.BigDecimal.class, attempt.id()))
                .isEqualByComparingTo(expected);
    }

    @Test
    void anAnswerAfterTheAutoSubmitIsRefused() {
        TestingWorld.Setup s = worlds.create(TEN_MINUTES, GraderTests.TRUE_FALSE);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        clock.advance(Duration.ofMinutes(11));
        attempts.submitOverdue();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> attempts.answer(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("submitted");
        assertThat(events("AttemptSubmitted", attempt.id())).isEqualTo(1);
    }

    private static <T> List<T> atOnce(int times, Callable<T> task) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return task.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    private String state(long attemptId) {
        return jdbc.queryForObject("select state from testing.attempt where id = ?", String.class, attemptId);
    }

    private int events(String type, long attemptId) {
        return jdbc.queryForObject("select count(*) from outbox.event where type = ? and (payload->>'attemptId')::bigint = ?",
                Integer.class, type, attemptId);
    }
}

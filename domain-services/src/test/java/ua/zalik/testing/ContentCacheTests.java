package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.embedded.EmbeddedRedisServer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ContentCacheTests {

    @Autowired TestingWorld worlds;
    @Autowired Attempts attempts;
    @Autowired JdbcTemplate jdbc;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired QuestionContents contents;
    @Autowired ContentCache shared;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void showingAQuestionDuringAnAttemptDoesNotReadTheQuestionTables() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        // behind the application's back: only a read of the tables would see this
        jdbc.update("update testing.question_version set text = 'changed in the table' where question_id = ?",
                s.question(QuestionType.TRUE_FALSE).id());

        double hitsBefore = meters.counter("zalik.testing.question.contents", "outcome", "hit").count();
        double missesBefore = meters.counter("zalik.testing.question.contents", "outcome", "miss").count();

        assertThat(attempts.question(s.studentA(), attempt.id(), 0).text()).isEqualTo("TRUE_FALSE question");
        assertThat(attempts.attempt(s.studentA(), attempt.id()).questions().getFirst().text()).isEqualTo("TRUE_FALSE question");
        // and the metric says so: hits counted, no reads of the tables
        assertThat(meters.counter("zalik.testing.question.contents", "outcome", "hit").count()).isGreaterThan(hitsBefore);
        assertThat(meters.counter("zalik.testing.question.contents", "outcome", "miss").count()).isEqualTo(missesBefore);
    }

    @Test
    void aVersionThisProcessHasReadIsServedFromItsMemoryEvenWhenTheSharedCacheLostIt() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        QuestionKey key = keyOf(s);
        jdbc.update("update testing.question_version set text = 'changed in the table' where question_id = ?", key.questionId());
        shared.evict("zalik:testing:question:" + key.questionId() + ":" + key.version());
        double missesBefore = meters.counter("zalik.testing.question.contents", "outcome", "miss").count();

        assertThat(attempts.question(s.studentA(), attempt.id(), 0).text()).isEqualTo("TRUE_FALSE question");
        assertThat(meters.counter("zalik.testing.question.contents", "outcome", "miss").count()).isEqualTo(missesBefore);
    }

    @Test
    void aVersionReadInATransactionThatRolledBackIsNotKeptInTheProcess() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        QuestionKey key = keyOf(s);
        transactions.executeWithoutResult(status -> {
            assertThat(contents.get(List.of(key)).get(key).text()).isEqualTo("TRUE_FALSE question");
            status.setRollbackOnly();
        });
        // not frozen by any attempt: it may still be edited in place, on another instance (which evicts the shared cache
        // and its own memory, not this one's)
        jdbc.update("update testing.question_version set text = 'edited in place' where question_id = ?", key.questionId());
        shared.evict("zalik:testing:question:" + key.questionId() + ":" + key.version());

        assertThat(contents.get(List.of(key)).get(key).text()).isEqualTo("edited in place");
    }

    private QuestionKey keyOf(TestingWorld.Setup s) {
        long id = s.question(QuestionType.TRUE_FALSE).id();
        return new QuestionKey(id, jdbc.queryForObject("select max(version) from testing.question_version where question_id = ?",
                Integer.class, id));
    }

    @Test
    void redisStoppedAndRestartedOnlyCostsMissesAndTheCacheWorksAgain() {
        String key = "zalik:testing:test:" + UUID.randomUUID();
        try (var cache = new RedisContentCache(EmbeddedRedisServer.url(), Duration.ofMinutes(1))) {
            cache.putAll(Map.of(key, "before"));
            EmbeddedRedisServer.stop();
            try {
                assertThat(cache.getAll(List.of(key))).isEmpty();
                cache.putAll(Map.of(key + ":away", "lost quietly"));
            } finally {
                EmbeddedRedisServer.restart();
            }
            // a restarted Redis (no persistence) is empty; once the client has reconnected, a fill is read back
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            Map<String, String> found = Map.of();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                cache.putAll(Map.of(key, "after"));
                found = cache.getAll(List.of(key));
            }
            assertThat(found).containsExactly(Map.entry(key, "after"));
        }
    }

    @Test
    void twoInstancesShareEntriesThroughRedisAndAnEvictionReachesBoth() {
        String key = "zalik:testing:test:" + UUID.randomUUID();
        try (var first = new RedisContentCache(EmbeddedRedisServer.url(), Duration.ofMinutes(1));
             var second = new RedisContentCache(EmbeddedRedisServer.url(), Duration.ofMinutes(1))) {
            first.putAll(Map.of(key, "{\"v\":1}"));

            assertThat(second.getAll(List.of(key, key + ":missing"))).containsExactly(Map.entry(key, "{\"v\":1}"));

            second.evict(key);
            assertThat(first.getAll(List.of(key))).isEmpty();
        }
    }

    @Test
    void withoutRedisTheCacheMissesInsteadOfFailing() {
        try (var unreachable = new RedisContentCache("redis://127.0.0.1:1", Duration.ofMinutes(1))) {
            unreachable.putAll(Map.of("k", "v"));
            unreachable.evict("k");

            assertThat(unreachable.getAll(List.of("k"))).isEmpty();
        }
    }
}

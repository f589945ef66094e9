package ua.zalik.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import ua.zalik.embedded.EmbeddedSqsServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class OutboxTests {

    @Autowired Outbox outbox;
    @Autowired PingHandler handler;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventQueue queue;
    @Autowired SqsClient sqs;
    @Autowired QueueProperties properties;
    @Autowired MeterRegistry meters;

    @Test
    void eventCommittedWithTheBusinessChangeReachesItsHandler() {
        String key = fresh("committed");
        transactions.executeWithoutResult(tx -> outbox.record(new Ping(key)));

        await().atMost(Duration.ofSeconds(20)).until(() -> handler.delivered.contains(key));
        // the relay marks the row after SQS took it, so the handler may see the event a moment before the mark
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                "select published_at is not null from outbox.event where payload->>'key' = ?", Boolean.class, key));
    }

    @Test
    void eventOfARolledBackTransactionIsNeverSent() throws InterruptedException {
        String key = fresh("rolled-back");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            outbox.record(new Ping(key));
            throw new IllegalStateException("business rule failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("select count(*) from outbox.event where payload->>'key' = ?", Integer.class, key)).isZero();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.record(new Ping(fresh("no-tx"))))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void rowLeftUnpublishedByACrashIsPublishedByTheNextRelayRun() {
        String key = fresh("crashed");
        // the state a crash between commit and publish leaves behind: committed, never sent
        jdbc.update("insert into outbox.event (type, payload) values ('Ping', cast(? as jsonb))", "{\"key\":\"" + key + "\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> handler.delivered.contains(key));
    }

    @Test
    void eventsRecordedWhileTheQueueIsDownArriveOnceEachAfterItRestarts() {
        String key = fresh("queue-down");
        List<String> keys = java.util.stream.IntStream.range(0, 5).mapToObj(i -> key + "-" + i).toList();
        EmbeddedSqsServer.stop();
        try {
            transactions.executeWithoutResult(tx -> keys.forEach(k -> outbox.record(new Ping(k))));
            // nothing is lost while ElasticMQ is away: the rows wait in the outbox
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> jdbc.queryForObject(
                    "select count(*) from outbox.event where payload->>'key' like ? and published_at is null",
                    Integer.class, key + "-%") == 5);
        } finally {
            // back empty, without its queues: the relay and the consumer make them again
            EmbeddedSqsServer.restart();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> handler.delivered.containsAll(keys));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                keys.stream().allMatch(k -> handler.delivered.stream().filter(k::equals).count() == 1));
    }

    @Test
    void anInstanceStartedWhileTheQueueIsDownMakesItsQueuesOnceItIsBack() {
        String key = fresh("late-start");
        EventQueue late;
        EmbeddedSqsServer.stop();
        try {
            // what a restarted instance does while ElasticMQ is away: it starts instead of failing
            late = new EventQueue(sqs, properties);
        } finally {
            EmbeddedSqsServer.restart();
        }

        late.send(List.of(new StoredEvent(-1, "Ping", "{\"key\":\"" + key + "\"}")));

        await().atMost(Duration.ofSeconds(30)).until(() -> handler.delivered.contains(key));
    }

    @Test
    void handledMessagesAreDeletedNotLeftToComeBack() {
        List<String> keys = java.util.stream.IntStream.range(0, 25).mapToObj(i -> fresh("deleted-" + i)).toList();
        transactions.executeWithoutResult(tx -> keys.forEach(key -> outbox.record(new Ping(key))));

        await().atMost(Duration.ofSeconds(20)).until(() -> handler.delivered.containsAll(keys));
        // an undeleted message comes back after the visibility timeout (1 s in tests) and the next receive (1 s wait)
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> handler.started.stream().filter(keys::contains).count() == keys.size());
    }

    @Test
    void oneSlowHandlerHoldsUpNoEventReceivedAfterIt() {
        String slow = "slow-" + fresh("head");
        List<String> after = java.util.stream.IntStream.range(0, 12).mapToObj(i -> fresh("behind-" + i)).toList();
        handler.slow = new java.util.concurrent.CountDownLatch(1);
        try {
            transactions.executeWithoutResult(tx -> outbox.record(new Ping(slow)));
            await().atMost(Duration.ofSeconds(20)).until(() -> handler.started.contains(slow));
            // received after the slow one started, so in later batches than its own
            after.forEach(key -> transactions.executeWithoutResult(tx -> outbox.record(new Ping(key))));

            await().atMost(Duration.ofSeconds(20)).until(() -> handler.delivered.containsAll(after));
            assertThat(handler.delivered).as("still busy with the slow one").doesNotContain(slow);
        } finally {
            handler.slow.countDown();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> handler.delivered.contains(slow));
    }

    @Test
    void messageDeliveredTwiceHasOneEffect() {
        String key = fresh("twice");
        StoredEvent event = new StoredEvent(-1, "Ping", "{\"key\":\"" + key + "\"}");
        // a relay that crashed after sending and before marking sends the same row again
        queue.send(List.of(event));
        queue.send(List.of(event));

        await().atMost(Duration.ofSeconds(20)).until(() -> handler.delivered.contains(key));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> handler.delivered.stream().filter(key::equals).count() == 1);
        assertThat(jdbc.queryForObject("select count(*) from outbox.effect where dedupe_key = ?", Integer.class, "ping:" + key)).isEqualTo(1);
    }

    @Test
    void poisonMessageLandsInTheDeadLetterQueueAfterFiveReceives() {
        String key = fresh("poison");
        transactions.executeWithoutResult(tx -> outbox.record(new Ping(key)));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> deadLetters().stream()
                .anyMatch(m -> m.body().contains(key)));
        assertThat(meters.counter("zalik.events.consumed", "type", "Ping", "outcome", "failed").count()).isGreaterThanOrEqualTo(5);
        assertThat(handler.delivered).doesNotContain(key);
    }

    private List<Message> deadLetters() {
        // look without consuming: each look hides what it saw for a while, so the next sees the rest of a crowded DLQ
        return sqs.receiveMessage(b -> b.queueUrl(queue.deadLetterUrl()).maxNumberOfMessages(10).visibilityTimeout(20)).messages();
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}

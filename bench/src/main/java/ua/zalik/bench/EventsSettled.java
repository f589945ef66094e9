package ua.zalik.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import ua.zalik.embedded.EmbeddedSqsServer;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Waits until the events a seed caused are handled (none left in the outbox, none in the queue, twice in a row), so a
 * scenario measures its own requests, not the consumers still working off the seed.
 */
final class EventsSettled {

    private EventsSettled() {
    }

    static Duration await(JdbcTemplate jdbc, Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        try (SqsClient sqs = SqsClient.builder().endpointOverride(URI.create(EmbeddedSqsServer.endpoint()))
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"))).build()) {
            String url = sqs.getQueueUrl(b -> b.queueName("zalik-events")).queueUrl();
            int quiet = 0;
            while (quiet < 2 && System.nanoTime() < deadline) {
                Integer pending = jdbc.queryForObject("select count(*) from outbox.event where published_at is null", Integer.class);
                Map<QueueAttributeName, String> queued = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
                long inQueue = queued.values().stream().mapToLong(Long::parseLong).sum();
                quiet = pending != null && pending == 0 && inQueue == 0 ? quiet + 1 : 0;
                Instance.sleep(500);
            }
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}

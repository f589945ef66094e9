package ua.zalik.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The event queue. Locally {@code endpoint} points at the embedded ElasticMQ and the queues are
 * created when missing; in AWS {@code queueUrl}/{@code dlqUrl} name the queues the stack made.
 */
@ConfigurationProperties("zalik.sqs")
public record QueueProperties(
        String endpoint,
        @DefaultValue("eu-central-1") String region,
        @DefaultValue("zalik-events") String queueName,
        String queueUrl,
        String dlqUrl,
        @DefaultValue("30s") Duration visibilityTimeout,
        @DefaultValue("10s") Duration receiveWait,
        @DefaultValue("5") int maxReceiveCount,
        @DefaultValue("200ms") Duration relayDelay) {

    boolean configured() {
        return hasText(endpoint) || hasText(queueUrl);
    }

    boolean createsQueues() {
        return !hasText(queueUrl);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}

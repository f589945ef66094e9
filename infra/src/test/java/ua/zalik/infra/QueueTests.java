package ua.zalik.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

import java.util.Map;

import static ua.zalik.infra.Synthesized.PRODUCTION;
import static ua.zalik.infra.Synthesized.PRODUCTION_TEMPLATE;

class QueueTests {

    @Test
    void eventsGoToTheDeadLetterQueueAfterFiveReceives() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "QueueName", "zalik-events-production",
                "VisibilityTimeout", 30,
                "SqsManagedSseEnabled", true,
                "RedrivePolicy", Map.of(
                        "deadLetterTargetArn", Map.of("Fn::GetAtt",
                                java.util.List.of(Synthesized.logicalId(PRODUCTION.queue.deadLetters), "Arn")),
                        "maxReceiveCount", 5))));
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "QueueName", "zalik-events-dlq-production", "MessageRetentionPeriod", 14 * 24 * 3600)));
    }

    @Test
    void queuesRefuseUnencryptedTransport() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::SQS::QueuePolicy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(java.util.List.of(
                        Match.objectLike(Map.of("Effect", "Deny",
                                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
    }
}

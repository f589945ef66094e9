package ua.zalik.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/** The event queue the outbox relay publishes to and the worker consumes, and its dead-letter queue (5 receives). */
final class Queue extends Construct {

    static final int MAX_RECEIVE_COUNT = 5;

    final software.amazon.awscdk.services.sqs.Queue events;
    final software.amazon.awscdk.services.sqs.Queue deadLetters;

    Queue(Construct scope, String id, Settings settings) {
        super(scope, id);
        deadLetters = software.amazon.awscdk.services.sqs.Queue.Builder.create(this, "DeadLetters")
                .queueName("zalik-events-dlq-" + settings.environment())
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        events = software.amazon.awscdk.services.sqs.Queue.Builder.create(this, "Events")
                .queueName("zalik-events-" + settings.environment())
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                // as the app's zalik.sqs.visibility-timeout (30s): a consumer that dies gives the message back then
                .visibilityTimeout(Duration.seconds(30))
                .retentionPeriod(Duration.days(4))
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(MAX_RECEIVE_COUNT).build())
                .build();
        Nag.suppress(deadLetters, "AwsSolutions-SQS3", "this is the dead-letter queue; it has none of its own");
    }
}

package ua.zalik.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import java.util.List;
import java.util.Map;

/** The SQS queue events travel on, and its dead-letter queue. */
class EventQueue {

    private static final Logger log = LoggerFactory.getLogger(EventQueue.class);
    static final int BATCH = 10;

    private final SqsClient sqs;
    private final QueueProperties properties;
    private volatile String queueUrl;
    private volatile String dlqUrl;

    EventQueue(SqsClient sqs, QueueProperties properties) {
        this.sqs = sqs;
        this.properties = properties;
        if (properties.createsQueues()) {
            try {
                createQueues();
            } catch (SdkClientException e) {
                // ElasticMQ away while this instance starts (restarted during an outage): made on first use instead
                log.warn("The event queue is not reachable yet; it is made on first use: {}", e.getMessage());
            }
        } else {
            queueUrl = properties.queueUrl();
            dlqUrl = properties.dlqUrl();
        }
    }

    private void createQueues() {
        dlqUrl = sqs.createQueue(CreateQueueRequest.builder().queueName(properties.queueName() + "-dlq").build()).queueUrl();
        String dlqArn = sqs.getQueueAttributes(GetQueueAttributesRequest.builder().queueUrl(dlqUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN).build()).attributes().get(QueueAttributeName.QUEUE_ARN);
        String redrive = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + properties.maxReceiveCount() + "\"}";
        queueUrl = sqs.createQueue(CreateQueueRequest.builder().queueName(properties.queueName())
                .attributes(Map.of(
                        QueueAttributeName.REDRIVE_POLICY, redrive,
                        QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(properties.visibilityTimeout().toSeconds())))
                .build()).queueUrl();
    }

    /** The queue's URL; queues this process makes but could not make at start are made now. */
    private String queueUrl() {
        String url = queueUrl;
        if (url == null) {
            synchronized (this) {
                if (queueUrl == null) {
                    createQueues();
                }
                url = queueUrl;
            }
        }
        return url;
    }

    /**
     * The queues this process created went away (a restarted local ElasticMQ keeps nothing): make them again and retry
     * once. Queues given by URL (AWS) are never made here; their absence stays an error.
     */
    private <T> T withQueues(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (QueueDoesNotExistException e) {
            if (!properties.createsQueues()) {
                throw e;
            }
            synchronized (this) {
                createQueues();
            }
            return call.get();
        }
    }

    /** Sends up to ten events; throws if any entry failed so the relay leaves them pending. */
    void send(List<StoredEvent> events) {
        List<SendMessageBatchRequestEntry> entries = events.stream()
                .map(e -> SendMessageBatchRequestEntry.builder()
                        .id(String.valueOf(e.id()))
                        .messageBody(e.payload())
                        .messageAttributes(Map.of("type", stringAttribute(e.type()), "eventId", stringAttribute(String.valueOf(e.id()))))
                        .build())
                .toList();
        SendMessageBatchResponse response = withQueues(() -> sqs.sendMessageBatch(b -> b.queueUrl(queueUrl()).entries(entries)));
        if (!response.failed().isEmpty()) {
            throw new IllegalStateException("SQS refused " + response.failed().size() + " events: " + response.failed().getFirst().message());
        }
    }

    List<Message> receive() {
        return withQueues(() -> sqs.receiveMessage(b -> b.queueUrl(queueUrl())
                .maxNumberOfMessages(BATCH)
                .waitTimeSeconds((int) properties.receiveWait().toSeconds())
                .messageAttributeNames("All")
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                        MessageSystemAttributeName.SENT_TIMESTAMP)).messages());
    }

    /** Deletes up to ten handled messages in one request; returns how many SQS refused. */
    int delete(List<Message> messages) {
        List<DeleteMessageBatchRequestEntry> entries = new java.util.ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(i))
                    .receiptHandle(messages.get(i).receiptHandle()).build());
        }
        return sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl()).entries(entries)).failed().size();
    }

    long deadLetterDepth() {
        if (dlqUrl == null) {
            return 0;
        }
        String depth = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
        return depth == null ? 0 : Long.parseLong(depth);
    }

    long depth() {
        String depth = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl()).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
        return depth == null ? 0 : Long.parseLong(depth);
    }

    String deadLetterUrl() {
        return dlqUrl;
    }

    private static software.amazon.awssdk.services.sqs.model.MessageAttributeValue stringAttribute(String value) {
        return software.amazon.awssdk.services.sqs.model.MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}

package ua.zalik.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Receives events and hands each to its handlers. A message is deleted only after every handler
 * succeeded; otherwise it comes back after the visibility timeout and, past the max receive count,
 * goes to the dead-letter queue.
 */
class EventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

    private final EventQueue queue;
    private final JsonMapper json;
    private final QueueMetrics metrics;
    private final Map<String, List<EventHandler<?>>> handlers;
    private volatile boolean running;
    private Thread loop;

    EventConsumer(EventQueue queue, JsonMapper json, QueueMetrics metrics, List<EventHandler<?>> handlers) {
        this.queue = queue;
        this.json = json;
        this.metrics = metrics;
        this.handlers = handlers.stream().collect(Collectors.groupingBy(h -> EventTypes.nameOf(h.eventType())));
    }

    @Override
    public void start() {
        running = true;
        loop = Thread.ofVirtual().name("event-consumer").start(this::receiveLoop);
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Scheduled(fixedDelayString = "15s")
    void readDepths() {
        try {
            metrics.depths(queue.depth(), queue.deadLetterDepth());
        } catch (RuntimeException e) {
            log.debug("Could not read queue depths: {}", e.toString());
        }
    }

    private void receiveLoop() {
        while (running) {
            try {
                handleBatch(queue.receive());
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Receiving events failed, retrying: {}", e.toString());
                    pause();
                }
            }
        }
    }

    /** A batch's messages at once, each on its own virtual thread: one slow effect (a chat's rate limit) holds none of the others. */
    private void handleBatch(List<Message> messages) {
        try (var batch = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Message message : messages) {
                batch.execute(() -> {
                    try {
                        if (dispatch(message)) {
                            queue.delete(message);
                        }
                    } catch (RuntimeException e) {
                        log.warn("Could not finish message {}; it comes back after the visibility timeout: {}",
                                message.messageId(), e.toString());
                    }
                });
            }
        }
    }

    boolean dispatch(Message message) {
        MessageAttributeValue typeAttribute = message.messageAttributes().get("type");
        String type = typeAttribute == null ? "?" : typeAttribute.stringValue();
        String sent = message.attributesAsStrings().get("SentTimestamp");
        if (sent != null && sent.matches("\\d+")) {
            metrics.waited(type, java.time.Duration.ofMillis(Math.max(0, System.currentTimeMillis() - Long.parseLong(sent))));
        }
        List<EventHandler<?>> forType = handlers.get(type);
        if (forType == null) {
            log.warn("No handler for event type {} (message {}); it will reach the dead-letter queue", type, message.messageId());
            metrics.consumed(type, "unhandled");
            return false;
        }
        try {
            for (EventHandler<?> handler : forType) {
                handle(handler, message.body());
            }
            metrics.consumed(type, "done");
            return true;
        } catch (RuntimeException e) {
            log.warn("Event {} {} failed (receive #{}): {}", type, message.messageId(),
                    message.attributesAsStrings().get("ApproximateReceiveCount"), e.toString());
            metrics.consumed(type, "failed");
            return false;
        }
    }

    private <E> void handle(EventHandler<E> handler, String body) {
        handler.handle(json.readValue(body, handler.eventType()));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

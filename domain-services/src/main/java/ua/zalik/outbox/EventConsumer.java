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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Receives events and hands each to its handlers. A message is deleted only after every handler
 * succeeded; otherwise it comes back after the visibility timeout and, past the max receive count,
 * goes to the dead-letter queue.
 * <p>
 * Each message is handled on its own virtual thread, and the next batch is received as soon as there is room for it
 * ({@value #IN_FLIGHT} messages at most in hand): one slow effect (a chat's rate limit, the analysis of a large
 * assignment) holds up no other event, neither of its own batch nor of the next ones.
 */
class EventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

    private final EventQueue queue;
    private final JsonMapper json;
    private final QueueMetrics metrics;
    static final int IN_FLIGHT = 64;

    private final Map<String, List<EventHandler<?>>> handlers;
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private final Deletions deletions;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService handling;

    EventConsumer(EventQueue queue, JsonMapper json, QueueMetrics metrics, List<EventHandler<?>> handlers) {
        this.queue = queue;
        this.json = json;
        this.metrics = metrics;
        this.handlers = handlers.stream().collect(Collectors.groupingBy(h -> EventTypes.nameOf(h.eventType())));
        this.deletions = new Deletions(queue);
    }

    @Override
    public void start() {
        running = true;
        deletions.start();
        handling = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("event-", 0).factory());
        loop = Thread.ofVirtual().name("event-consumer").start(this::receiveLoop);
    }

    /** Stops receiving and gives the messages in hand a few seconds; any left come back after the visibility timeout. */
    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
        if (handling != null) {
            handling.shutdown();
            try {
                handling.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deletions.stop();
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
                room.acquire(EventQueue.BATCH);
            } catch (InterruptedException e) {
                return;
            }
            List<Message> messages = List.of();
            try {
                messages = queue.receive();
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Receiving events failed, retrying: {}", e.toString());
                    pause();
                }
            } finally {
                room.release(EventQueue.BATCH - messages.size());
            }
            messages.forEach(this::handOver);
        }
    }

    private void handOver(Message message) {
        try {
            handling.execute(() -> {
                try {
                    if (dispatch(message)) {
                        deletions.add(message);
                    }
                } catch (RuntimeException e) {
                    log.warn("Could not finish message {}; it comes back after the visibility timeout: {}",
                            message.messageId(), e.toString());
                } finally {
                    room.release();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // stopping: the message comes back after the visibility timeout
            room.release();
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

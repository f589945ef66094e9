package ua.zalik.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Deletes handled messages ten to a request (each SQS call costs far more than the work of a small event). No message
 * waits for company: whatever is there when the deleter is free goes at once. A message whose delete is lost (the
 * process stops first, SQS refuses it) comes back after the visibility timeout and its handlers' effects happen once.
 */
class Deletions {

    private static final Logger log = LoggerFactory.getLogger(Deletions.class);

    private final EventQueue queue;
    private final BlockingQueue<Message> handled = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread loop;

    Deletions(EventQueue queue) {
        this.queue = queue;
    }

    void start() {
        running = true;
        loop = Thread.ofVirtual().name("event-deletions").start(this::deleteLoop);
    }

    /** Deletes what is still waiting, then stops. */
    void stop() {
        running = false;
        if (loop != null) {
            try {
                loop.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void add(Message message) {
        handled.add(message);
    }

    private void deleteLoop() {
        while (running || !handled.isEmpty()) {
            try {
                Message first = handled.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Message> batch = new ArrayList<>(EventQueue.BATCH);
                batch.add(first);
                handled.drainTo(batch, EventQueue.BATCH - 1);
                int refused = queue.delete(batch);
                if (refused > 0) {
                    log.warn("SQS did not delete {} of {} handled messages; they come back after the visibility timeout",
                            refused, batch.size());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Deleting handled messages failed; they come back after the visibility timeout: {}", e.toString());
            }
        }
    }
}

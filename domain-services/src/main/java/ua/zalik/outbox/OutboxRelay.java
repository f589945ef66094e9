package ua.zalik.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Publishes pending outbox rows in batches. A crash after sending and before commit publishes them
 * again on the next run: consumers are idempotent, so that is harmless; a crash before sending loses nothing.
 */
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int ROWS_PER_TRANSACTION = 100;

    private final OutboxMapper mapper;
    private final EventQueue queue;
    private final TransactionTemplate transactions;
    private final QueueMetrics metrics;

    OutboxRelay(OutboxMapper mapper, EventQueue queue, TransactionTemplate transactions, QueueMetrics metrics) {
        this.mapper = mapper;
        this.queue = queue;
        this.transactions = transactions;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelayString = "${zalik.sqs.relay-delay:200ms}")
    void relay() {
        try {
            while (publishOneBatch() == ROWS_PER_TRANSACTION) {
                // keep going while a full batch came back
            }
            metrics.outboxLag(mapper.oldestPendingSeconds());
        } catch (RuntimeException e) {
            log.warn("Outbox relay failed, will retry: {}", e.toString());
        }
    }

    int publishOneBatch() {
        Integer published = transactions.execute(status -> {
            List<StoredEvent> pending = mapper.lockPending(ROWS_PER_TRANSACTION);
            for (int from = 0; from < pending.size(); from += EventQueue.BATCH) {
                queue.send(pending.subList(from, Math.min(pending.size(), from + EventQueue.BATCH)));
            }
            if (!pending.isEmpty()) {
                mapper.markPublished(pending.stream().map(StoredEvent::id).toList());
            }
            return pending.size();
        });
        metrics.published(published == null ? 0 : published);
        return published == null ? 0 : published;
    }
}

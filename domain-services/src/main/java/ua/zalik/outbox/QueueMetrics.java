package ua.zalik.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Outbox lag, queue and DLQ depth, events' age in the queue, consumed events by outcome; gauges hold the last value read. */
class QueueMetrics {

    private final MeterRegistry registry;
    private final AtomicReference<Double> outboxLag = new AtomicReference<>(0.0);
    private final AtomicLong depth = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final Counter published;

    QueueMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("zalik.outbox.lag", outboxLag, AtomicReference::get).baseUnit("seconds")
                .description("age of the oldest unpublished outbox event").register(registry);
        Gauge.builder("zalik.queue.depth", depth, AtomicLong::get).description("messages waiting in the event queue").register(registry);
        Gauge.builder("zalik.queue.dlq.depth", deadLetters, AtomicLong::get).description("messages in the dead-letter queue").register(registry);
        published = Counter.builder("zalik.outbox.published").register(registry);
    }

    void outboxLag(Double seconds) {
        outboxLag.set(seconds == null ? 0.0 : seconds);
    }

    void published(int count) {
        published.increment(count);
    }

    void depths(long queued, long dead) {
        depth.set(queued);
        deadLetters.set(dead);
    }

    /** How long a message waited in the queue before a worker took it (SQS's SentTimestamp to now). */
    void waited(String type, java.time.Duration waited) {
        io.micrometer.core.instrument.Timer.builder("zalik.events.age").tag("type", type)
                .description("time an event waited in the queue").register(registry).record(waited);
    }

    void consumed(String type, String outcome) {
        registry.counter("zalik.events.consumed", "type", type, "outcome", outcome).increment();
    }
}

package ua.zalik.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Outbox lag, queue and DLQ depth, consumed events by outcome; gauges hold the last value read by the worker. */
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

    void consumed(String type, String outcome) {
        registry.counter("zalik.events.consumed", "type", type, "outcome", outcome).increment();
    }
}

package ua.zalik.dialogs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ua.zalik.outbox.EventHandler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A test-only handler beside the real ones that tells when the consumer has finished a message of its type: the
 * consumer runs all of a message's handlers on one virtual thread of its own, so once that thread has ended every
 * handler of the message has had its say (and planned whatever notice it was going to). A positive barrier before
 * asserting that something did not happen: {@code awaitFinished}, then {@link PlannedNotices#count} (every chat notice
 * starts as a planned row, so none planned means none will come). Never sleep instead: a notice slower than the sleep
 * would go unseen.
 * <p>
 * A message whose real handler threw is not finished: it comes back after the visibility timeout and may plan its
 * notice then. If this handler ran before the failing one, the consumer has counted the failure
 * ({@code zalik.events.consumed{outcome=failed}}) on that same thread before it ended, and {@code awaitFinished} says
 * so instead of letting the absence pass; if it runs after it, it never sees the message and the wait fails.
 */
public abstract class ConsumedEvents<E> implements EventHandler<E> {

    private record Seen<E>(E event, Thread thread, double failedBefore) {
    }

    private final Class<E> type;
    private final MeterRegistry meters;
    private final List<Seen<E>> seen = new CopyOnWriteArrayList<>();

    protected ConsumedEvents(Class<E> type, MeterRegistry meters) {
        this.type = type;
        this.meters = meters;
    }

    @Override
    public Class<E> eventType() {
        return type;
    }

    @Override
    public void handle(E event) {
        seen.add(new Seen<>(event, Thread.currentThread(), failed()));
    }

    /** Waits until the consumer has finished at least {@code copies} messages whose event matches, every handler done. */
    public void awaitFinished(Predicate<E> which, int copies) {
        ChatTestSupport.await(() -> seen.stream()
                .filter(s -> which.test(s.event()) && !s.thread().isAlive()).count() >= copies);
        double failedSince = seen.stream().filter(s -> which.test(s.event())).mapToDouble(Seen::failedBefore).min()
                .orElseThrow();
        if (failed() > failedSince) {
            throw new AssertionError("a handler of " + type.getSimpleName() + " failed meanwhile: the message comes back "
                    + "later, so what it would do is not done yet");
        }
    }

    /** The consumer's count of messages of this type that a handler failed (the queue's name of an event is its simple name). */
    private double failed() {
        Counter counter = meters.find("zalik.events.consumed").tag("type", type.getSimpleName()).tag("outcome", "failed")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}

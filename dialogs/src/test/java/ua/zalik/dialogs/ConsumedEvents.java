package ua.zalik.dialogs;

import ua.zalik.outbox.EventHandler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A test-only handler beside the real ones that tells when the consumer has finished a message of its type: the
 * consumer runs all of a message's handlers on one virtual thread of its own, so once that thread has ended every
 * handler of the message has had its say (and planned whatever notice it was going to). A positive barrier before
 * asserting that something did not happen.
 */
public abstract class ConsumedEvents<E> implements EventHandler<E> {

    private record Seen<E>(E event, Thread thread) {
    }

    private final Class<E> type;
    private final List<Seen<E>> seen = new CopyOnWriteArrayList<>();

    protected ConsumedEvents(Class<E> type) {
        this.type = type;
    }

    @Override
    public Class<E> eventType() {
        return type;
    }

    @Override
    public void handle(E event) {
        seen.add(new Seen<>(event, Thread.currentThread()));
    }

    /** Waits until the consumer has finished at least {@code copies} messages whose event matches. */
    public void awaitFinished(Predicate<E> which, int copies) {
        ChatTestSupport.await(() -> seen.stream()
                .filter(s -> which.test(s.event()) && !s.thread().isAlive()).count() >= copies);
    }
}

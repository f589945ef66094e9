package ua.zalik.outbox;

/**
 * Consumes one kind of event in the worker role. Delivery is at least once: make each effect
 * idempotent, e.g. through {@link Effects#once}. Throwing leaves the message for redelivery;
 * after the queue's max receive count it lands in the dead-letter queue.
 */
public interface EventHandler<E> {

    Class<E> eventType();

    void handle(E event);
}

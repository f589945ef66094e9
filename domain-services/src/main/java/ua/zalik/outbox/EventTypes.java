package ua.zalik.outbox;

/** An event's name on the queue is its record's simple name: stable across package moves, readable in the DLQ. */
final class EventTypes {

    private EventTypes() {
    }

    static String nameOf(Class<?> type) {
        return type.getSimpleName();
    }
}

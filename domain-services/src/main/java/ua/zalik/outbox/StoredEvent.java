package ua.zalik.outbox;

record StoredEvent(long id, String type, String payload) {
}

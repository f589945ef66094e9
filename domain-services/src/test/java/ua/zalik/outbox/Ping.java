package ua.zalik.outbox;

record Ping(String key) {
}

package ua.zalik.notify;

record StoredReminder(long id, String kind, String subjectKey, String payload) {
}

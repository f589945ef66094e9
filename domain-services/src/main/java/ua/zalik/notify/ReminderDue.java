package ua.zalik.notify;

import java.util.Map;

/** Published through the outbox when a reminder's time has come; consumed by the notification fan-out. */
public record ReminderDue(long reminderId, String kind, String subjectKey, Map<String, String> payload) {
}

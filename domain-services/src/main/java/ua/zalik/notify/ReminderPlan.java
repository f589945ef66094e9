package ua.zalik.notify;

import java.time.Instant;
import java.util.Map;

/** Something to do at {@code dueAt}; (kind, subjectKey) identifies it, so planning it again moves it. */
public record ReminderPlan(String kind, String subjectKey, Instant dueAt, Map<String, String> payload) {

    public ReminderPlan {
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }
}

package ua.zalik.testing;

import java.time.Instant;
import java.util.List;

/** Different terms for some students (one student or a group): any of more time, more attempts, a later due or close time. */
public record NewOverride(List<Long> studentIds, Integer timeLimitMinutes, Integer attemptsAllowed, Instant dueAt, Instant closesAt) {

    public NewOverride {
        studentIds = studentIds == null ? List.of() : List.copyOf(studentIds);
    }
}

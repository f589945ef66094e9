package ua.zalik.testing;

import java.time.Instant;
import java.util.List;

/**
 * Gives a test to a class ({@code classId}) or to chosen students ({@code studentIds}). {@code opensAt} defaults to now,
 * {@code closesAt} (the end of late work) to {@code dueAt}.
 */
public record NewAssignment(long testId, Long classId, List<Long> studentIds, Instant opensAt, Instant dueAt, Instant closesAt) {

    public NewAssignment {
        studentIds = studentIds == null ? List.of() : List.copyOf(studentIds);
    }
}

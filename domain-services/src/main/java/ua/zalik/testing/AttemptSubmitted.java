package ua.zalik.testing;

import java.time.Instant;

/** {@code automatically}: the deadline sweep submitted it with what was answered. */
public record AttemptSubmitted(long attemptId, long assignmentId, long studentId, int number, boolean automatically,
                               Instant submittedAt) {
}

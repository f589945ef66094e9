package ua.zalik.testing;

import java.time.Instant;

/** The assignment's close time (late work included) has passed; overrides may still let some students finish. */
public record AssignmentClosed(long assignmentId, long testId, Instant closedAt) {
}

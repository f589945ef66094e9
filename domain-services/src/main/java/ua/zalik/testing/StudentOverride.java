package ua.zalik.testing;

import java.time.Instant;

public record StudentOverride(long assignmentId, long studentId, Integer timeLimitMinutes, Integer attemptsAllowed, Instant dueAt,
                       Instant closesAt) {
}

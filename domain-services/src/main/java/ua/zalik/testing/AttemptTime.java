package ua.zalik.testing;

import java.time.Instant;

public record AttemptTime(long attemptId, long studentId, Long subjectId, Instant startedAt, Instant submittedAt) {
}

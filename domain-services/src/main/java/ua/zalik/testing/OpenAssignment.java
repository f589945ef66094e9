package ua.zalik.testing;

import java.time.Instant;
import java.time.ZoneId;

/**
 * An assignment a student may work on now: its terms for them, how many attempts are left and the attempt in progress
 * (null when none). {@code zone} is the school's, for showing times.
 */
public record OpenAssignment(long assignmentId, String title, Instant dueAt, Instant closesAt, Integer timeLimitMinutes,
                             int attemptsLeft, Long attemptInProgress, ZoneId zone) {
}

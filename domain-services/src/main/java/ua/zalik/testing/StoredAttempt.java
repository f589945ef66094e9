package ua.zalik.testing;

import java.math.BigDecimal;
import java.time.Instant;

/** An attempt row; {@code layout} is JSON. */
record StoredAttempt(long id, long assignmentId, long studentId, int number, String state, Instant startedAt, Instant deadlineAt,
                     Instant submittedAt, boolean autoSubmitted, String layout, BigDecimal points, BigDecimal maxPoints) {

    AttemptState attemptState() {
        return AttemptState.valueOf(state);
    }
}

package ua.zalik.testing;

import java.math.BigDecimal;
import java.time.Instant;

/** One slot's answer row; {@code response} is JSON in stored indexes. */
record StoredAnswer(long attemptId, int slot, String response, Instant shownAt, Instant answeredAt, Double fraction,
                    BigDecimal points, String feedback, String comment, Long gradedBy) {
}

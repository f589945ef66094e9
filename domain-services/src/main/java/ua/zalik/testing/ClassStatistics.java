package ua.zalik.testing;

import java.math.BigDecimal;
import java.time.Instant;

/** A class's figures over every assignment given to it: {@code results} counts student results that have a grade. */
public record ClassStatistics(long classId, int assignments, int results, int attemptsSubmitted, int attemptsGraded,
                              BigDecimal meanPercent, BigDecimal medianPercent, Instant updatedAt) {
}

package ua.zalik.testing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An assignment's figures for the gradebook and dashboard, kept up to date by the statistics consumer: recipients, who
 * handed in, finished and graded attempts, and the mean and median of the students' results (percent, the test's
 * grading method over graded attempts; null before anyone is graded).
 */
public record AssignmentStatistics(long assignmentId, int students, int studentsSubmitted, int attemptsSubmitted,
                                   int attemptsGraded, BigDecimal meanPercent, BigDecimal medianPercent, Instant updatedAt) {
}

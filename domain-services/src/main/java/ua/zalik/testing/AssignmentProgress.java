package ua.zalik.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How an open assignment is going, for its teachers: who finished (an attempt submitted, graded or waiting for a
 * teacher), the average and the count of each 12-point grade ({@code gradeCounts.get(0)} is grade 1) of the counted
 * attempts, who has not submitted, and finished attempts where at least half of the answers came implausibly fast.
 */
public record AssignmentProgress(long assignmentId, String testTitle, Long classId, String className, Instant dueAt,
                                 int students, int submitted, BigDecimal averageGrade, List<Integer> gradeCounts,
                                 List<String> notSubmitted, List<FastAttempt> fastAttempts) {

    /** {@code fastAnswers} of {@code answers} came within {@link Reviews#FAST_ANSWER} of the question being shown. */
    public record FastAttempt(long attemptId, long studentId, String studentName, int fastAnswers, int answers) {
    }
}

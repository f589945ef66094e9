package ua.zalik.testing;

import java.math.BigDecimal;
import java.util.List;

/**
 * An assignment's results, students × questions (the seam for CSV/XLSX export). Columns are the test's question
 * positions before shuffling. A row holds the attempt that counts under the test's grading method (for AVERAGE, the
 * last one's cells, with the average as total); {@code total} is null for a student with no finished attempt.
 */
public record ResultsTable(long assignmentId, String testTitle, GradingMethod gradingMethod, List<Column> columns, List<Row> rows) {

    public record Column(int position, BigDecimal maxPoints) {
    }

    /**
     * {@code points} per column: null when not attempted or still waiting for a teacher, 0 when left unanswered.
     * {@code late}: the counted attempt was submitted after the student's due time (late work).
     */
    public record Row(long studentId, String studentName, int attempts, Long countedAttemptId, List<BigDecimal> points, Score total,
                      boolean late) {
    }
}

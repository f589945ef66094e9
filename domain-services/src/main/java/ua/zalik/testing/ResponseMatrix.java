package ua.zalik.testing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The raw responses of an assignment's finished attempts (the seam for item analysis): per attempt, per question
 * position, which question version was asked, the response, the fraction earned (null: waiting for a teacher) and
 * the points it was worth.
 */
public record ResponseMatrix(long assignmentId, long testId, List<Row> rows) {

    public record Row(long attemptId, long studentId, int attemptNumber, AttemptState state, BigDecimal points, BigDecimal maxPoints,
                      List<Cell> cells) {
    }

    /** {@code response} is in the question's stored indexes (see {@link Response}). */
    public record Cell(int position, long questionId, int version, QuestionType type, Response response, Double fraction,
                       BigDecimal maxPoints) {
    }
}

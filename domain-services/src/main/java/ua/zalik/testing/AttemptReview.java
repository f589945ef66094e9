package ua.zalik.testing;

import java.time.Instant;
import java.util.List;

/**
 * A finished attempt as its reader may see it. For a student or parent every part the review policy withholds is null;
 * a teacher sees all of it, with answer timings and a flag on implausibly fast answers.
 */
public record AttemptReview(long attemptId, long assignmentId, long studentId, int number, AttemptState state, Instant startedAt,
                            Instant submittedAt, boolean autoSubmitted, Score score, List<SlotReview> slots) {

    /**
     * {@code response} is in the shown positions of {@code options}; {@code body} (the full question) is for teachers only.
     * {@code fast} is true when the answer came within {@link Reviews#FAST_ANSWER} of the question being shown.
     */
    public record SlotReview(int slot, String text, QuestionType type, List<String> options, List<String> prompts,
                             Response response, java.math.BigDecimal points, java.math.BigDecimal maxPoints, Double fraction,
                             List<String> rightAnswers, String feedback, String generalFeedback, String comment,
                             QuestionBody body, Instant shownAt, Instant answeredAt, Boolean fast) {
    }
}

package ua.zalik.testing;

import java.math.BigDecimal;

/**
 * Recorded when an attempt has no answer left to grade: on submit, or when a teacher grades its last essay (and on
 * regrades). {@code occasion} says which; events recorded before it existed read it as null (nobody saw the result yet).
 */
public record AttemptGraded(long attemptId, long assignmentId, long studentId, BigDecimal points, BigDecimal maxPoints,
                            BigDecimal percent, int grade, Occasion occasion) {

    public enum Occasion {
        /** Submitted where the result is shown right away (the chat's result screen): the student has seen it. */
        SUBMITTED_ON_SCREEN,
        /** Submitted by the student where no result screen follows (the REST API). */
        SUBMITTED,
        /** Handed in by the server when time ran out (the sweep, or a start after the deadline). */
        TIMED_OUT,
        /** A teacher graded the last essay, or regraded one. */
        GRADED_BY_HAND
    }

    /** Whether the student saw this result on screen as they submitted, so a notice would tell them twice. */
    public boolean seenByStudent() {
        return occasion == Occasion.SUBMITTED_ON_SCREEN;
    }
}

package ua.zalik.testing;

import java.math.BigDecimal;

/** Recorded when an attempt has no answer left to grade: on submit, or when a teacher grades its last essay (and on regrades). */
public record AttemptGraded(long attemptId, long assignmentId, long studentId, BigDecimal points, BigDecimal maxPoints,
                            BigDecimal percent, int grade) {
}

package ua.zalik.testing;

import java.math.BigDecimal;

/** An essay answer waiting in the manual grading queue. */
public record PendingAnswer(long attemptId, long assignmentId, long studentId, int slot, long questionId, int version,
                            String questionText, String graderInfo, String response, BigDecimal maxPoints) {
}

package ua.zalik.testing;

import java.math.BigDecimal;

/**
 * Points, percent and the school's 12-point grade. {@code passed} is null without a pass mark; while {@code pendingGrading},
 * essays not yet graded count as 0.
 */
public record Score(BigDecimal points, BigDecimal maxPoints, BigDecimal percent, int grade, Boolean passed, boolean pendingGrading) {
}

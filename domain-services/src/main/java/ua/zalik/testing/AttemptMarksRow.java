package ua.zalik.testing;

/**
 * One finished attempt as item analysis reads it ({@link AttemptMapper#attemptMarks}): its slots' positions, max
 * points and fractions, comma-separated in position order; an empty fraction is an answer not graded (or not given).
 * {@code positions} is null for an attempt with no slots.
 */
record AttemptMarksRow(long attemptId, long studentId, int number, String state, String positions, String maxPoints,
                       String fractions) {
}

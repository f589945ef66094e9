package ua.zalik.testing;

/**
 * One finished attempt as item analysis reads it ({@link AttemptMapper#attemptMarks}): its slots as
 * "slot:position:points:questionId:version", comma-separated (null or empty: no slots), and its answers as "slot:fraction" (an empty
 * fraction: not graded yet; null or empty: no answers).
 */
record AttemptMarksRow(long attemptId, long studentId, int number, String state, String slots, String fractions) {
}

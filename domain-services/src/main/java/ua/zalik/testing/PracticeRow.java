package ua.zalik.testing;

import java.time.Instant;

/** One question in a student's practice: its Leitner box, when it is due again, and the tally. */
record PracticeRow(long questionId, int box, Instant dueAt, int rightCount, int wrongCount) {
}

package ua.zalik.testing;

/** How a practice answer went, and the student's tally over all practice so far. */
public record PracticeAnswer(boolean right, int rightTotal, int answeredTotal) {
}

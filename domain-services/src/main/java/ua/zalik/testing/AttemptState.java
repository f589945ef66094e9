package ua.zalik.testing;

/** IN_PROGRESS until submitted (by the student or the deadline sweep); SUBMITTED while essays wait for a teacher; then GRADED. */
public enum AttemptState { IN_PROGRESS, SUBMITTED, GRADED }

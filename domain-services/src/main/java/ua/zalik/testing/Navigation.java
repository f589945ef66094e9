package ua.zalik.testing;

/** How a student moves through a test (Moodle's "navigation method"). */
public enum Navigation {
    /** Any question in any order, back and forth, changing answers until submitting. */
    FREE,
    /** Question after question: each answered once, in order, without going back or skipping ahead. */
    SEQUENTIAL
}

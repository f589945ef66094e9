package ua.zalik.testing;

/** Which attempts an item analysis looks at, like Moodle's "attempts to analyse" setting. */
public enum AttemptSelection {
    /** Each student's first attempt (Moodle's default: the least practised answers). */
    FIRST,
    LAST,
    /** Each student's highest total; of equal totals the earliest attempt. */
    HIGHEST,
    ALL
}

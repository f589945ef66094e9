package ua.zalik.worktime;

import java.time.Instant;

/** One recent result in a subject, as a percentage. */
public record SubjectScore(Instant at, double percent) {
}

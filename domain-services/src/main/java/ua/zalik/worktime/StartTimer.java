package ua.zalik.worktime;

/** Start timing an activity, e.g. "homework", optionally on a subject. */
public record StartTimer(String activity, Long subjectId) {
}

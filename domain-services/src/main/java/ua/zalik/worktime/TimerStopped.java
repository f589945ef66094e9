package ua.zalik.worktime;

/** A timer stopped, by hand or because another one started. */
public record TimerStopped(long entryId, long accountId, String activity, Long subjectId, long minutes) {
}

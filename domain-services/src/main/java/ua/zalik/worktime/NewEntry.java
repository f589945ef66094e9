package ua.zalik.worktime;

import java.time.Instant;

/** A row to insert; a timer's has no end yet. */
record NewEntry(long schoolId, long accountId, String activity, Long subjectId, Instant startedAt, Instant endedAt,
                EntrySource source, Long attemptId) {
}

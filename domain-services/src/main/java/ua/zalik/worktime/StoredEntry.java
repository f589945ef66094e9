package ua.zalik.worktime;

import java.time.Instant;

record StoredEntry(long id, long schoolId, long accountId, String activity, Long subjectId, Instant startedAt, Instant endedAt,
                   String source, Long attemptId) {

    TimeEntry toEntry() {
        return new TimeEntry(id, accountId, activity, subjectId, startedAt, endedAt, EntrySource.valueOf(source), attemptId);
    }
}

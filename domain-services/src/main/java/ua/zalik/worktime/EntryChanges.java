package ua.zalik.worktime;

import java.time.Instant;

/** An entry as it should be; a running entry keeps no end ({@code endedAt} null). */
public record EntryChanges(String activity, Long subjectId, Instant startedAt, Instant endedAt) {
}

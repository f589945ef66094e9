package ua.zalik.worktime;

import java.time.Duration;
import java.time.Instant;

/** Time spent on an activity (and maybe a subject); a running timer has no end yet. */
public record TimeEntry(long id, long accountId, String activity, Long subjectId, Instant startedAt, Instant endedAt,
                        EntrySource source, Long attemptId) {

    public boolean running() {
        return endedAt == null;
    }

    /** How long so far: up to {@code now} while running. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, running() ? now : endedAt);
    }
}

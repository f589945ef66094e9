package ua.zalik.worktime;

import java.time.Duration;
import java.time.Instant;

/** Time typed in afterwards ("45m" from chat): without {@code startedAt} it ends now. */
public record ManualEntry(String activity, Long subjectId, Instant startedAt, Duration duration) {
}

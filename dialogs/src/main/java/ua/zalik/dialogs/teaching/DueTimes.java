package ua.zalik.dialogs.teaching;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Due times as a teacher types them ("25.12 18:00", "25.12.2026 18:00"), in the school's timezone. */
final class DueTimes {

    /** What a typed due time turned out to be: a moment, unreadable, or already past. */
    sealed interface Parsed {
        record At(Instant instant) implements Parsed {
        }

        record Unreadable() implements Parsed {
        }

        record Past(Instant instant) implements Parsed {
        }
    }

    static final LocalTime DEFAULT_HOUR = LocalTime.of(18, 0);
    private static final Pattern TYPED = Pattern.compile(
            "(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}|\\d{2}))?,?\\s+(\\d{1,2})[:.](\\d{2})");
    /** A date without a year this long ago means next year's (typed in December for January). */
    private static final Duration NEXT_YEAR_AFTER = Duration.ofDays(60);

    private DueTimes() {
    }

    static Parsed parse(String text, Instant now, ZoneId zone) {
        Matcher m = TYPED.matcher(text.strip());
        if (!m.matches()) {
            return new Parsed.Unreadable();
        }
        try {
            int today = now.atZone(zone).getYear();
            int year = m.group(3) == null ? today
                    : m.group(3).length() == 2 ? 2000 + Integer.parseInt(m.group(3)) : Integer.parseInt(m.group(3));
            LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            Instant at = ZonedDateTime.of(date, time, zone).toInstant();
            if (m.group(3) == null && at.isBefore(now.minus(NEXT_YEAR_AFTER))) {
                at = ZonedDateTime.of(date.plusYears(1), time, zone).toInstant();
            }
            return at.isAfter(now) ? new Parsed.At(at) : new Parsed.Past(at);
        } catch (DateTimeException e) {
            return new Parsed.Unreadable();
        }
    }

    /** {@code days} from today in the school's timezone, at 18:00. */
    static Instant daysAhead(Instant now, ZoneId zone, int days) {
        return ZonedDateTime.of(now.atZone(zone).toLocalDate().plusDays(days), DEFAULT_HOUR, zone).toInstant();
    }

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** How a due time is shown: "25.12.2026 18:00" in the school's timezone. */
    static String show(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone));
    }
}

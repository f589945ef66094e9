package ua.zalik.worktime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Seconds spent per school-local day, activity and subject over whole local days {@code from..to}. Entries are clipped
 * to the period and split at local midnight, so a 25-hour day (the end of summer time) counts all of its 25 hours.
 */
final class TimeSheet {

    private final LocalDate from;
    private final LocalDate to;
    private final Map<LocalDate, Map<Long, Long>> secondsByDayAndSubject = new TreeMap<>();
    private final Map<String, Long> secondsByActivity = new HashMap<>();

    private TimeSheet(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            secondsByDayAndSubject.put(day, new HashMap<>());
        }
    }

    static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Running entries count until {@code now}. */
    static TimeSheet of(List<TimeEntry> entries, LocalDate from, LocalDate to, ZoneId zone, Instant now) {
        TimeSheet sheet = new TimeSheet(from, to);
        Instant periodStart = startOf(from, zone);
        Instant periodEnd = startOf(to.plusDays(1), zone);
        for (TimeEntry entry : entries) {
            Instant start = max(entry.startedAt(), periodStart);
            Instant end = min(entry.running() ? now : entry.endedAt(), periodEnd);
            while (start.isBefore(end)) {
                LocalDate day = start.atZone(zone).toLocalDate();
                Instant dayEnd = min(startOf(day.plusDays(1), zone), end);
                long seconds = Duration.between(start, dayEnd).toSeconds();
                sheet.secondsByDayAndSubject.get(day).merge(entry.subjectId(), seconds, Long::sum);
                sheet.secondsByActivity.merge(entry.activity(), seconds, Long::sum);
                start = dayEnd;
            }
        }
        return sheet;
    }

    Totals totals(Map<Long, String> subjectNames) {
        List<Totals.DayTotal> days = new ArrayList<>();
        Map<Long, Long> bySubject = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<LocalDate, Map<Long, Long>> day : secondsByDayAndSubject.entrySet()) {
            long seconds = day.getValue().values().stream().mapToLong(Long::longValue).sum();
            days.add(new Totals.DayTotal(day.getKey(), minutes(seconds)));
            day.getValue().forEach((subject, s) -> bySubject.merge(subject, s, Long::sum));
            total += seconds;
        }
        List<Totals.ActivityTotal> activities = secondsByActivity.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Totals.ActivityTotal(e.getKey(), minutes(e.getValue()))).toList();
        List<Totals.SubjectTotal> subjects = bySubject.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, Long> e) -> e.getValue()).reversed())
                .map(e -> new Totals.SubjectTotal(e.getKey(), e.getKey() == null ? null : subjectNames.get(e.getKey()),
                        minutes(e.getValue()))).toList();
        return new Totals(from, to, minutes(total), days, activities, subjects);
    }

    /** Minutes per day for one subject (null: time on no subject), in day order. */
    List<Long> dailyMinutes(Long subjectId) {
        return secondsByDayAndSubject.values().stream()
                .map(bySubject -> minutes(bySubject.entrySet().stream().filter(e -> Objects.equals(e.getKey(), subjectId))
                        .mapToLong(Map.Entry::getValue).sum())).toList();
    }

    List<LocalDate> days() {
        return List.copyOf(secondsByDayAndSubject.keySet());
    }

    static long minutes(long seconds) {
        return Math.round(seconds / 60.0);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

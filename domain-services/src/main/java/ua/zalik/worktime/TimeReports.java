package ua.zalik.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.worktime.People.Person;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads entries for reports and exports and puts them on time sheets; the facade checks who may see them first. */
@Component
class TimeReports {

    static final int MAX_REPORT_DAYS = 366;
    static final int EXPORT_LIMIT = 10_000;
    static final int RECENT_SCORES = 5;

    private final EntryMapper entries;
    private final GoalMapper goals;
    private final People people;
    private final SubjectScores scores;

    TimeReports(EntryMapper entries, GoalMapper goals, People people, SubjectScores scores) {
        this.entries = entries;
        this.goals = goals;
        this.people = people;
        this.scores = scores;
    }

    /** One sheet per person over the school-local days {@code from..to}. */
    Map<Long, TimeSheet> sheets(Collection<Long> accountIds, ZoneId zone, LocalDate from, LocalDate to, Instant now) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_REPORT_DAYS) {
            throw new InvalidInputException("a report covers from 1 to " + MAX_REPORT_DAYS + " days, from a date to a later one");
        }
        List<TimeEntry> found = accountIds.isEmpty() ? List.of()
                : entries.overlapping(accountIds, TimeSheet.startOf(from, zone), TimeSheet.startOf(to.plusDays(1), zone)).stream()
                .map(StoredEntry::toEntry).toList();
        return accountIds.stream().collect(Collectors.toMap(id -> id, id -> TimeSheet.of(
                found.stream().filter(e -> e.accountId() == id).toList(), from, to, zone, now)));
    }

    /** The Monday-to-Sunday week holding {@code dayInWeek}, this week when null. */
    TimeSheet weekSheet(Person person, LocalDate dayInWeek, Instant now) {
        LocalDate day = dayInWeek == null ? LocalDate.ofInstant(now, person.zone()) : dayInWeek;
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        return sheets(List.of(person.id()), person.zone(), monday, monday.plusDays(6), now).get(person.id());
    }

    WeekReport week(Actor actor, Person person, TimeSheet sheet) {
        Totals totals = sheet.totals(people.subjectNames(actor));
        Integer goal = goals.weeklyMinutes(person.id());
        List<WeekReport.SubjectWeek> subjects = totals.subjects().stream().filter(s -> s.subjectId() != null)
                .map(s -> new WeekReport.SubjectWeek(s.subjectId(), s.subjectName(), s.minutes(),
                        scores.recent(person.id(), s.subjectId(), RECENT_SCORES))).toList();
        return new WeekReport(person.id(), totals, goal == null ? null : GoalProgress.of(goal, totals.totalMinutes()), subjects);
    }

    /** A person's entries overlapping the days {@code from..to} (either open), oldest first. */
    List<TimeEntry> exported(Person person, LocalDate from, LocalDate to) {
        Instant start = from == null ? null : TimeSheet.startOf(from, person.zone());
        Instant end = to == null ? null : TimeSheet.startOf(to.plusDays(1), person.zone());
        List<TimeEntry> newestFirst = entries.entries(person.id(), start, end, null).stream().limit(EXPORT_LIMIT)
                .map(StoredEntry::toEntry).toList();
        return newestFirst.reversed();
    }
}

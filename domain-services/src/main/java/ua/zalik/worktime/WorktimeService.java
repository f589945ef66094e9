package ua.zalik.worktime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.notify.ReminderPlan;
import ua.zalik.notify.Reminders;
import ua.zalik.outbox.Outbox;
import ua.zalik.users.Account;
import ua.zalik.worktime.People.Person;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Timers, time entries, weekly goals and reports. Everyone times their own work (one timer at a time); whose time an
 * actor may read follows who may see whose account: the person, the school's admin, a parent their child, a teacher the
 * students of their classes. Times are UTC; days and weeks (Monday to Sunday) are the school's.
 */
@Service
public class WorktimeService {

    public static final String DEFAULT_ACTIVITY = "study";
    public static final String ATTEMPT_ACTIVITY = "test";
    /** A reminder of this kind fires when a timer has run for {@link #LONG_TIMER}; its subject key is {@code worktime-entry:<id>}. */
    public static final String LONG_TIMER_REMINDER = "timer-running-8h";
    public static final Duration LONG_TIMER = Duration.ofHours(8);
    static final int MAX_REPORT_DAYS = 366;
    static final int EXPORT_LIMIT = 10_000;

    private final EntryMapper entries;
    private final GoalMapper goals;
    private final People people;
    private final Reminders reminders;
    private final Outbox outbox;
    private final SubjectScores scores;
    private final ObjectProvider<Clock> clock;

    WorktimeService(EntryMapper entries, GoalMapper goals, People people, Reminders reminders, Outbox outbox, SubjectScores scores,
                    ObjectProvider<Clock> clock) {
        this.entries = entries;
        this.goals = goals;
        this.people = people;
        this.reminders = reminders;
        this.outbox = outbox;
        this.scores = scores;
        this.clock = clock;
    }

    /** Starts a timer; a timer already running stops now, so there is one at a time. */
    @Transactional
    public TimeEntry startTimer(Actor actor, StartTimer start) {
        String activity = People.activity(start.activity());
        Long subject = people.subject(actor.schoolId(), start.subjectId());
        Instant now = now();
        entries.lockPerson(actor.accountId());
        stopRunning(actor.accountId(), now);
        long id = entries.insertEntry(new NewEntry(actor.schoolId(), actor.accountId(), activity, subject, now, null,
                EntrySource.TIMER, null));
        reminders.plan(new ReminderPlan(LONG_TIMER_REMINDER, reminderKey(id), now.plus(LONG_TIMER),
                Map.of("accountId", String.valueOf(actor.accountId()), "entryId", String.valueOf(id), "activity", activity)));
        return entries.findEntry(id).toEntry();
    }

    /** Stops the caller's timer; empty when none was running. */
    @Transactional
    public Optional<TimeEntry> stopTimer(Actor actor) {
        entries.lockPerson(actor.accountId());
        return stopRunning(actor.accountId(), now());
    }

    @Transactional(readOnly = true)
    public Optional<TimeEntry> runningTimer(Actor actor) {
        return Optional.ofNullable(entries.runningEntry(actor.accountId())).map(StoredEntry::toEntry);
    }

    @Transactional
    public TimeEntry addEntry(Actor actor, ManualEntry manual) {
        Duration duration = manual.duration();
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(Durations.MAX) > 0) {
            throw new InvalidInputException("a manual entry lasts more than 0 and at most 24 hours");
        }
        Instant start = manual.startedAt() == null ? now().minus(duration) : manual.startedAt();
        long id = entries.insertEntry(new NewEntry(actor.schoolId(), actor.accountId(), People.activity(manual.activity()),
                people.subject(actor.schoolId(), manual.subjectId()), start, start.plus(duration), EntrySource.MANUAL, null));
        return entries.findEntry(id).toEntry();
    }

    @Transactional(readOnly = true)
    public TimeEntry entry(Actor actor, long entryId) {
        StoredEntry found = entries.findEntry(entryId);
        if (found == null || found.schoolId() != actor.schoolId()) {
            throw new NotFoundException("entry " + entryId + " not found");
        }
        people.visible(actor, found.accountId());
        return found.toEntry();
    }

    @Transactional
    public TimeEntry updateEntry(Actor actor, long entryId, EntryChanges changes) {
        TimeEntry current = own(actor, entryId);
        if (changes.startedAt() == null) {
            throw new InvalidInputException("an entry needs its start");
        }
        if (current.running() != (changes.endedAt() == null)) {
            throw new InvalidInputException(current.running() ? "stop the timer before giving it an end" : "a finished entry needs its end");
        }
        if (changes.endedAt() != null && (changes.endedAt().isBefore(changes.startedAt())
                || Duration.between(changes.startedAt(), changes.endedAt()).compareTo(Durations.MAX) > 0)) {
            throw new InvalidInputException("an entry ends after it starts and lasts at most 24 hours");
        }
        entries.updateEntry(entryId, new EntryChanges(People.activity(changes.activity()),
                people.subject(actor.schoolId(), changes.subjectId()), changes.startedAt(), changes.endedAt()));
        return entries.findEntry(entryId).toEntry();
    }

    @Transactional
    public void deleteEntry(Actor actor, long entryId) {
        TimeEntry current = own(actor, entryId);
        entries.deleteEntry(entryId);
        if (current.running()) {
            reminders.cancel(LONG_TIMER_REMINDER, reminderKey(entryId));
        }
    }

    /** A person's entries overlapping the school-local days {@code from..to} (either open), newest first. */
    @Transactional(readOnly = true)
    public Page<TimeEntry> entries(Actor actor, long accountId, LocalDate from, LocalDate to, PageRequest page) {
        Person person = people.visible(actor, accountId);
        Instant start = from == null ? null : TimeSheet.startOf(from, person.zone());
        Instant end = to == null ? null : TimeSheet.startOf(to.plusDays(1), person.zone());
        List<TimeEntry> items = entries.entries(accountId, start, end, page).stream().map(StoredEntry::toEntry).toList();
        return new Page<>(items, page.page(), page.size(), entries.countEntries(accountId, start, end));
    }

    /**
     * The time a student spent on a test attempt, recorded once per attempt however often it is called (testing calls
     * it, or an {@code AttemptSubmitted} handler does). Returns whether this call recorded it.
     */
    @Transactional
    public boolean recordAttemptTime(long studentId, Long subjectId, Instant start, Instant end, long attemptId) {
        if (start == null || end == null || end.isBefore(start)) {
            throw new InvalidInputException("an attempt ends after it starts");
        }
        Person student = people.any(studentId);
        return entries.insertEntry(new NewEntry(student.schoolId(), studentId, ATTEMPT_ACTIVITY,
                people.subject(student.schoolId(), subjectId), start, end, EntrySource.ATTEMPT, attemptId)) != null;
    }

    /** The caller's weekly study goal in minutes; 0 clears it. */
    @Transactional
    public void setWeeklyGoal(Actor actor, int minutes) {
        if (minutes < 0 || minutes > 7 * 24 * 60) {
            throw new InvalidInputException("a weekly goal is between 0 and 10080 minutes");
        }
        if (minutes == 0) {
            goals.delete(actor.accountId());
        } else {
            goals.save(actor.accountId(), minutes);
        }
    }

    @Transactional(readOnly = true)
    public Totals today(Actor actor, long accountId) {
        LocalDate today = LocalDate.ofInstant(now(), people.visible(actor, accountId).zone());
        return totals(actor, accountId, today, today);
    }

    /** Totals over school-local days {@code from..to}, both included. */
    @Transactional(readOnly = true)
    public Totals totals(Actor actor, long accountId, LocalDate from, LocalDate to) {
        Person person = people.visible(actor, accountId);
        return sheet(List.of(accountId), person, from, to).get(accountId).totals(people.subjectNames(actor));
    }

    /** The week (Monday to Sunday) holding {@code dayInWeek}, this week when null. */
    @Transactional(readOnly = true)
    public WeekReport week(Actor actor, long accountId, LocalDate dayInWeek) {
        Person person = people.visible(actor, accountId);
        return week(actor, person, weekSheet(person, dayInWeek));
    }

    /** The week report as a PNG bar chart: minutes per day, stacked by subject. */
    @Transactional(readOnly = true)
    public byte[] weekChartPng(Actor actor, long accountId, LocalDate dayInWeek) {
        Person person = people.visible(actor, accountId);
        TimeSheet sheet = weekSheet(person, dayInWeek);
        return WeekChart.png(week(actor, person, sheet), sheet);
    }

    /** Each student's time in a class over school-local days {@code from..to}: for its teachers and the admin. */
    @Transactional(readOnly = true)
    public ClassReport classReport(Actor actor, long classId, LocalDate from, LocalDate to) {
        List<Account> students = people.classStudents(actor, classId);
        Person school = people.self(actor);
        Map<Long, String> subjects = people.subjectNames(actor);
        Map<Long, TimeSheet> sheets = sheet(students.stream().map(Account::id).toList(), school, from, to);
        return new ClassReport(classId, from, to, students.stream().map(s -> {
            Totals totals = sheets.get(s.id()).totals(subjects);
            return new ClassReport.StudentTime(s.id(), s.fullName(), totals.totalMinutes(), totals.subjects());
        }).toList());
    }

    @Transactional(readOnly = true)
    public String exportCsv(Actor actor, long accountId, LocalDate from, LocalDate to) {
        Person person = people.visible(actor, accountId);
        return EntryExport.csv(exported(person, from, to), person.zone(), people.subjectNames(actor), now());
    }

    @Transactional(readOnly = true)
    public byte[] exportXlsx(Actor actor, long accountId, LocalDate from, LocalDate to) {
        Person person = people.visible(actor, accountId);
        return EntryExport.xlsx(exported(person, from, to), person.zone(), people.subjectNames(actor), now());
    }

    private WeekReport week(Actor actor, Person person, TimeSheet sheet) {
        Totals totals = sheet.totals(people.subjectNames(actor));
        Integer goal = goals.weeklyMinutes(person.id());
        List<WeekReport.SubjectWeek> subjects = totals.subjects().stream().filter(s -> s.subjectId() != null)
                .map(s -> new WeekReport.SubjectWeek(s.subjectId(), s.subjectName(), s.minutes(),
                        scores.recent(person.id(), s.subjectId(), 5))).toList();
        return new WeekReport(person.id(), totals, goal == null ? null : GoalProgress.of(goal, totals.totalMinutes()), subjects);
    }

    private TimeSheet weekSheet(Person person, LocalDate dayInWeek) {
        LocalDate day = dayInWeek == null ? LocalDate.ofInstant(now(), person.zone()) : dayInWeek;
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        return sheet(List.of(person.id()), person, monday, monday.plusDays(6)).get(person.id());
    }

    private Map<Long, TimeSheet> sheet(List<Long> accountIds, Person zoneOf, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_REPORT_DAYS) {
            throw new InvalidInputException("a report covers from 1 to " + MAX_REPORT_DAYS + " days, from a date to a later one");
        }
        Instant start = TimeSheet.startOf(from, zoneOf.zone());
        Instant end = TimeSheet.startOf(to.plusDays(1), zoneOf.zone());
        List<TimeEntry> found = accountIds.isEmpty() ? List.of()
                : entries.overlapping(accountIds, start, end).stream().map(StoredEntry::toEntry).toList();
        Instant now = now();
        return accountIds.stream().collect(Collectors.toMap(id -> id, id -> TimeSheet.of(
                found.stream().filter(e -> e.accountId() == id).toList(), from, to, zoneOf.zone(), now)));
    }

    private List<TimeEntry> exported(Person person, LocalDate from, LocalDate to) {
        Instant start = from == null ? null : TimeSheet.startOf(from, person.zone());
        Instant end = to == null ? null : TimeSheet.startOf(to.plusDays(1), person.zone());
        List<TimeEntry> newestFirst = entries.entries(person.id(), start, end, null).stream().limit(EXPORT_LIMIT)
                .map(StoredEntry::toEntry).toList();
        return newestFirst.reversed();
    }

    private Optional<TimeEntry> stopRunning(long accountId, Instant at) {
        Optional<TimeEntry> stopped = Optional.ofNullable(entries.stopRunning(accountId, at)).map(StoredEntry::toEntry);
        stopped.ifPresent(entry -> {
            reminders.cancel(LONG_TIMER_REMINDER, reminderKey(entry.id()));
            outbox.record(new TimerStopped(entry.id(), accountId, entry.activity(), entry.subjectId(),
                    TimeSheet.minutes(entry.duration(at).toSeconds())));
        });
        return stopped;
    }

    private TimeEntry own(Actor actor, long entryId) {
        TimeEntry entry = entry(actor, entryId);
        if (!actor.isSelf(entry.accountId())) {
            throw new ForbiddenException("only its owner changes entry " + entryId);
        }
        return entry;
    }

    private Instant now() {
        return Instant.now(clock.getIfUnique(Clock::systemUTC));
    }

    private static String reminderKey(long entryId) {
        return "worktime-entry:" + entryId;
    }
}

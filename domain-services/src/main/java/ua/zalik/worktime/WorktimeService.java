package ua.zalik.worktime;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private final EntryMapper entries;
    private final GoalMapper goals;
    private final People people;
    private final TimeReports reports;
    private final Reminders reminders;
    private final Outbox outbox;
    private final Clock clock;

    WorktimeService(EntryMapper entries, GoalMapper goals, People people, TimeReports reports, Reminders reminders, Outbox outbox,
                    Clock clock) {
        this.entries = entries;
        this.goals = goals;
        this.people = people;
        this.reports = reports;
        this.reminders = reminders;
        this.outbox = outbox;
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
        return reports.sheets(List.of(accountId), person.zone(), from, to, now()).get(accountId).totals(people.subjectNames(actor));
    }

    /** The week (Monday to Sunday) holding {@code dayInWeek}, this week when null. */
    @Transactional(readOnly = true)
    public WeekReport week(Actor actor, long accountId, LocalDate dayInWeek) {
        Person person = people.visible(actor, accountId);
        return reports.week(actor, person, reports.weekSheet(person, dayInWeek, now()));
    }

    /** The week report as a PNG bar chart: minutes per day, stacked by subject. */
    @Transactional(readOnly = true)
    public byte[] weekChartPng(Actor actor, long accountId, LocalDate dayInWeek) {
        Person person = people.visible(actor, accountId);
        TimeSheet sheet = reports.weekSheet(person, dayInWeek, now());
        return WeekChart.png(reports.week(actor, person, sheet), sheet);
    }

    /** Each student's time in a class over school-local days {@code from..to}: for its teachers and the admin. */
    @Transactional(readOnly = true)
    public ClassReport classReport(Actor actor, long classId, LocalDate from, LocalDate to) {
        List<Account> students = people.classStudents(actor, classId);
        Map<Long, String> subjects = people.subjectNames(actor);
        Map<Long, TimeSheet> sheets = reports.sheets(students.stream().map(Account::id).toList(), people.zone(actor.schoolId()),
                from, to, now());
        return new ClassReport(classId, from, to, students.stream().map(s -> {
            Totals totals = sheets.get(s.id()).totals(subjects);
            return new ClassReport.StudentTime(s.id(), s.fullName(), totals.totalMinutes(), totals.subjects());
        }).toList());
    }

    @Transactional(readOnly = true)
    public String exportCsv(Actor actor, long accountId, LocalDate from, LocalDate to) {
        Person person = people.visible(actor, accountId);
        return EntryExport.csv(reports.exported(person, from, to), person.zone(), people.subjectNames(actor), now());
    }

    @Transactional(readOnly = true)
    public byte[] exportXlsx(Actor actor, long accountId, LocalDate from, LocalDate to) {
        Person person = people.visible(actor, accountId);
        return EntryExport.xlsx(reports.exported(person, from, to), person.zone(), people.subjectNames(actor), now());
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
        return clock.instant();
    }

    private static String reminderKey(long entryId) {
        return "worktime-entry:" + entryId;
    }
}

package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The teacher's view of open assignments (who submitted, grades, fast answers) and the nudge to those who have not. */
@Service
public class Progress {

    /** The bundle key of the nudge a student gets: {0} the test's title, {1} their due time in the school's timezone. */
    public static final String NUDGE_TEMPLATE = "teaching.notice.nudge";
    public static final String OPEN_TESTS_LABEL = "teaching.notice.open-tests";
    static final Duration NUDGE_GAP = Duration.ofHours(1);
    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Assignments assignments;
    private final Results results;
    private final Tests tests;
    private final AttemptMapper attempts;
    private final SchoolService school;
    private final Notifications notifications;
    private final Clock clock;

    Progress(Assignments assignments, Results results, Tests tests, AttemptMapper attempts, SchoolService school,
             Notifications notifications, Clock clock) {
        this.assignments = assignments;
        this.results = results;
        this.tests = tests;
        this.attempts = attempts;
        this.school = school;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The caller's assignments (own and their classes'; an admin's: the school's) not closed yet, soonest due first. */
    @Transactional(readOnly = true)
    public List<AssignmentProgress> openAssignments(Actor actor) {
        if (!actor.is(Role.TEACHER) && !actor.is(Role.ADMIN)) {
            throw new ForbiddenException("only teachers and admins follow assignments");
        }
        Instant now = clock.instant();
        List<AssignmentProgress> open = new ArrayList<>();
        for (Assignment assignment : assignments.assignments(actor, PageRequest.first(PageRequest.MAX_SIZE)).items()) {
            if (assignment.closesAt().isAfter(now) && !assignment.opensAt().isAfter(now)) {
                open.add(progress(actor, assignment));
            }
        }
        open.sort(Comparator.comparing(AssignmentProgress::dueAt).thenComparing(AssignmentProgress::assignmentId));
        return open;
    }

    private AssignmentProgress progress(Actor actor, Assignment assignment) {
        ResultsTable table = results.resultsTable(actor, assignment.id());
        int[] counts = new int[12];
        int submitted = 0;
        int sum = 0;
        List<String> waiting = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (ResultsTable.Row row : table.rows()) {
            names.put(row.studentId(), row.studentName());
            if (row.total() == null) {
                waiting.add(row.studentName());
            } else {
                submitted++;
                sum += row.total().grade();
                counts[Math.clamp(row.total().grade(), 1, 12) - 1]++;
            }
        }
        BigDecimal average = submitted == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(submitted), 1, RoundingMode.HALF_UP);
        String className = assignment.classId() == null ? null
                : school.findClass(assignment.classId()).map(SchoolClass::name).orElse(null);
        return new AssignmentProgress(assignment.id(), assignment.testTitle(), assignment.classId(), className,
                assignment.dueAt(), table.rows().size(), submitted, average, Arrays.stream(counts).boxed().toList(),
                waiting, fast(assignment.id(), names));
    }

    private List<AssignmentProgress.FastAttempt> fast(long assignmentId, Map<Long, String> names) {
        List<StoredAttempt> finished = finished(assignmentId);
        if (finished.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StoredAnswer>> answers = attempts.answers(finished.stream().map(StoredAttempt::id).toList())
                .stream().collect(Collectors.groupingBy(StoredAnswer::attemptId));
        List<AssignmentProgress.FastAttempt> flagged = new ArrayList<>();
        for (StoredAttempt attempt : finished) {
            int given = 0;
            int quick = 0;
            for (StoredAnswer answer : answers.getOrDefault(attempt.id(), List.of())) {
                if (answer.shownAt() == null || answer.answeredAt() == null) {
                    continue;
                }
                given++;
                if (Duration.between(answer.shownAt(), answer.answeredAt()).compareTo(Reviews.FAST_ANSWER) < 0) {
                    quick++;
                }
            }
            if (quick > 0 && quick * 2 >= given) {
                flagged.add(new AssignmentProgress.FastAttempt(attempt.id(), attempt.studentId(),
                        names.get(attempt.studentId()), quick, given));
            }
        }
        return flagged;
    }

    /**
     * Reminds every recipient without a finished attempt (a NUDGE notice each), except those nudged about this
     * assignment less than an hour ago: pressing again within the hour reminds nobody twice.
     */
    @Transactional
    public Nudge nudge(Actor actor, long assignmentId) {
        StoredAssignment assignment = assignments.managed(actor, assignmentId);
        Instant now = clock.instant();
        if (!assignment.closesAt().isAfter(now)) {
            throw new ConflictException("the assignment is closed");
        }
        Set<Long> done = finished(assignmentId).stream().map(StoredAttempt::studentId).collect(Collectors.toSet());
        TestSettings settings = tests.settings(tests.find(assignment.testId()));
        ZoneId zone = school.school(assignment.schoolId()).timezone();
        int waiting = 0;
        int reminded = 0;
        for (long student : assignments.recipientsOf(assignmentId)) {
            if (done.contains(student)) {
                continue;
            }
            waiting++;
            String due = DUE.format(assignments.terms(assignment, settings, student).dueAt().atZone(zone));
            if (assignments.claimNudge(assignmentId, student, now, NUDGE_GAP)
                    && notifications.plan(new Notice(NotificationKind.NUDGE, student,
                    "nudge:" + assignmentId + ":" + student + ":" + now.toEpochMilli(), NUDGE_TEMPLATE,
                    List.of(assignment.testTitle(), due), List.of(new Notice.Button(OPEN_TESTS_LABEL, "/tests"))))) {
                reminded++;
            }
        }
        return new Nudge(waiting, reminded);
    }

    private List<StoredAttempt> finished(long assignmentId) {
        return attempts.attempts(assignmentId, null).stream()
                .filter(a -> a.attemptState() != AttemptState.IN_PROGRESS).toList();
    }
}

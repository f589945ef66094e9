package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;
import ua.zalik.notify.ReminderPlan;
import ua.zalik.notify.Reminders;
import ua.zalik.outbox.Outbox;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.users.UsersService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gives tests to classes or chosen students with opening, due and close times, and overrides them per student or group. */
@Service
public class Assignments {

    static final String CLOSE_REMINDER = "testing.assignment-closes";

    private final AssignmentMapper mapper;
    private final Tests tests;
    private final SchoolService school;
    private final UsersService users;
    private final Outbox outbox;
    private final Reminders reminders;
    private final Clock clock;

    Assignments(AssignmentMapper mapper, Tests tests, SchoolService school, UsersService users, Outbox outbox,
                Reminders reminders, Clock clock) {
        this.mapper = mapper;
        this.tests = tests;
        this.school = school;
        this.users = users;
        this.outbox = outbox;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Transactional
    public Assignment assign(Actor actor, NewAssignment request) {
        StoredTest test = tests.owned(actor, request.testId());
        if (tests.slots(test.id()).isEmpty()) {
            throw new InvalidInputException("the test has no questions yet");
        }
        Set<Long> students = recipients(actor, request);
        Instant opensAt = request.opensAt() == null ? clock.instant() : request.opensAt();
        if (request.dueAt() == null || !request.dueAt().isAfter(opensAt)) {
            throw new InvalidInputException("the due time must come after the opening time");
        }
        Instant closesAt = request.closesAt() == null ? request.dueAt() : request.closesAt();
        if (closesAt.isBefore(request.dueAt())) {
            throw new InvalidInputException("late work cannot close before the due time");
        }
        NewAssignment assignment = new NewAssignment(test.id(), request.classId(), List.copyOf(students), opensAt, request.dueAt(), closesAt);
        long id = mapper.insertAssignment(actor.schoolId(), actor.accountId(), assignment);
        mapper.insertStudents(id, students);
        outbox.record(new AssignmentPublished(id, test.id(), actor.schoolId(), test.title(), request.classId(), List.copyOf(students),
                opensAt, request.dueAt(), closesAt));
        reminders.plan(new ReminderPlan(CLOSE_REMINDER, "assignment:" + id, closesAt, Map.of("assignmentId", String.valueOf(id))));
        return view(actor, mapper.findAssignment(id));
    }

    /** Gives the test to each class (all or none of them), with the chosen time limit and attempts as everyone's override. */
    @Transactional
    public List<Assignment> assignToClasses(Actor actor, NewClassAssignment request) {
        if (request.classIds().isEmpty()) {
            throw new InvalidInputException("choose at least one class");
        }
        List<Assignment> created = new java.util.ArrayList<>();
        for (long classId : new LinkedHashSet<>(request.classIds())) {
            Assignment assignment = assign(actor, new NewAssignment(request.testId(), classId, null, null, request.dueAt(), null));
            if (request.timeLimitMinutes() != null || request.attemptsAllowed() != null) {
                override(actor, assignment.id(), new NewOverride(assignment.studentIds(), request.timeLimitMinutes(),
                        request.attemptsAllowed(), null, null));
            }
            created.add(assignment);
        }
        return created;
    }

    @Transactional(readOnly = true)
    public Assignment assignment(Actor actor, long assignmentId) {
        return view(actor, visible(actor, assignmentId));
    }

    /** An admin sees the school's; a teacher their own and their classes'; a student theirs; a parent their children's. */
    @Transactional(readOnly = true)
    public Page<Assignment> assignments(Actor actor, PageRequest page) {
        Long owner = null;
        Set<Long> classes = null;
        Set<Long> students = null;
        if (!actor.is(Role.ADMIN)) {
            owner = actor.is(Role.TEACHER) ? actor.accountId() : -1L;
            classes = actor.is(Role.TEACHER) ? school.classIdsTaughtBy(actor.accountId()) : Set.of();
            students = new HashSet<>(actor.childIds());
            if (actor.is(Role.STUDENT)) {
                students.add(actor.accountId());
            }
        }
        List<StoredAssignment> found = mapper.assignments(actor.schoolId(), owner, classes, students, page);
        return new Page<>(found.stream().map(a -> view(actor, a)).toList(), page.page(), page.size(),
                mapper.countAssignments(actor.schoolId(), owner, classes, students));
    }

    /** Sets the same override for each of the students (one student, or a group of them). */
    @Transactional
    public List<StudentOverride> override(Actor actor, long assignmentId, NewOverride override) {
        StoredAssignment assignment = managed(actor, assignmentId);
        if (override.studentIds().isEmpty()) {
            throw new InvalidInputException("an override names at least one student");
        }
        if (override.timeLimitMinutes() != null && (override.timeLimitMinutes() < 1 || override.timeLimitMinutes() > 24 * 60)) {
            throw new InvalidInputException("a time limit is between 1 minute and 24 hours");
        }
        if (override.attemptsAllowed() != null && (override.attemptsAllowed() < 1 || override.attemptsAllowed() > 100)) {
            throw new InvalidInputException("attempts allowed must be between 1 and 100");
        }
        if (override.dueAt() != null && !override.dueAt().isAfter(assignment.opensAt())) {
            throw new InvalidInputException("the due time must come after the opening time");
        }
        if (override.closesAt() != null && override.dueAt() != null && override.closesAt().isBefore(override.dueAt())) {
            throw new InvalidInputException("late work cannot close before the due time");
        }
        List<Long> recipients = mapper.studentIds(assignmentId);
        for (long student : new LinkedHashSet<>(override.studentIds())) {
            if (!recipients.contains(student)) {
                throw new InvalidInputException("student " + student + " was not given this assignment");
            }
            mapper.upsertOverride(new StudentOverride(assignmentId, student, override.timeLimitMinutes(), override.attemptsAllowed(),
                    override.dueAt(), override.closesAt()));
        }
        outbox.record(new OverridesChanged(assignmentId, List.copyOf(new LinkedHashSet<>(override.studentIds()))));
        return mapper.overrides(assignmentId);
    }

    @Transactional(readOnly = true)
    public List<StudentOverride> overrides(Actor actor, long assignmentId) {
        managed(actor, assignmentId);
        return mapper.overrides(assignmentId);
    }

    @Transactional
    public void removeOverride(Actor actor, long assignmentId, long studentId) {
        managed(actor, assignmentId);
        if (mapper.deleteOverride(assignmentId, studentId) == 0) {
            throw new NotFoundException("student " + studentId + " has no override");
        }
        outbox.record(new OverridesChanged(assignmentId, List.of(studentId)));
    }

    /** The terms that hold for one student: the assignment's and the test's, with the student's override applied. */
    Terms terms(StoredAssignment assignment, TestSettings settings, long studentId) {
        return terms(assignment, settings, mapper.findOverride(assignment.id(), studentId));
    }

    /** The assignment's overrides by student, read at once (for a whole class's terms). */
    Map<Long, StudentOverride> overridesOf(long assignmentId) {
        Map<Long, StudentOverride> overrides = new HashMap<>();
        mapper.overrides(assignmentId).forEach(o -> overrides.put(o.studentId(), o));
        return overrides;
    }

    /** The terms of a student with the given override (null: none). */
    Terms terms(StoredAssignment assignment, TestSettings settings, StudentOverride o) {
        if (o == null) {
            return new Terms(assignment.opensAt(), assignment.dueAt(), assignment.closesAt(), settings.timeLimitMinutes(),
                    settings.attemptsAllowed());
        }
        Instant due = o.dueAt() == null ? assignment.dueAt() : o.dueAt();
        Instant closes = o.closesAt() != null ? o.closesAt() : later(assignment.closesAt(), due);
        return new Terms(assignment.opensAt(), due, closes,
                o.timeLimitMinutes() == null ? settings.timeLimitMinutes() : o.timeLimitMinutes(),
                o.attemptsAllowed() == null ? settings.attemptsAllowed() : o.attemptsAllowed());
    }

    /** The newest assignments given to one student. */
    List<StoredAssignment> ofStudent(long schoolId, long studentId) {
        return mapper.assignments(schoolId, -1L, Set.of(), Set.of(studentId), PageRequest.first(PageRequest.MAX_SIZE));
    }

    StoredAssignment find(long assignmentId) {
        StoredAssignment found = mapper.findAssignment(assignmentId);
        if (found == null) {
            throw new NotFoundException("assignment " + assignmentId + " not found");
        }
        return found;
    }

    /** Its owner, the teachers of its class and the school's admins manage it. */
    StoredAssignment managed(Actor actor, long assignmentId) {
        StoredAssignment found = find(assignmentId);
        actor.requireSameSchool(found.schoolId());
        if (!manages(actor, found)) {
            throw new ForbiddenException("assignment " + assignmentId + " is not yours");
        }
        return found;
    }

    StoredAssignment visible(Actor actor, long assignmentId) {
        StoredAssignment found = find(assignmentId);
        actor.requireSameSchool(found.schoolId());
        if (manages(actor, found) || receives(actor, found)) {
            return found;
        }
        throw new ForbiddenException("assignment " + assignmentId + " is not yours");
    }

    boolean manages(Actor actor, StoredAssignment assignment) {
        return actor.isAdminOf(assignment.schoolId()) || actor.is(Role.TEACHER) && (actor.isSelf(assignment.ownerId())
                || assignment.classId() != null && school.teaches(actor.accountId(), assignment.classId()));
    }

    private boolean receives(Actor actor, StoredAssignment assignment) {
        List<Long> recipients = mapper.studentIds(assignment.id());
        return actor.is(Role.STUDENT) && recipients.contains(actor.accountId())
                || actor.is(Role.PARENT) && recipients.stream().anyMatch(actor::isParentOf);
    }

    Set<Long> recipientsOf(long assignmentId) {
        return new LinkedHashSet<>(mapper.studentIds(assignmentId));
    }

    /** True when the student may be nudged now: nobody nudged them about this assignment in the last {@code gap}. */
    boolean claimNudge(long assignmentId, long studentId, Instant now, Duration gap) {
        return mapper.claimNudge(assignmentId, studentId, now, now.minus(gap)) != null;
    }

    boolean lockRecipient(long assignmentId, long studentId) {
        return mapper.lockRecipient(assignmentId, studentId) != null;
    }

    private Set<Long> recipients(Actor actor, NewAssignment request) {
        if ((request.classId() == null) == request.studentIds().isEmpty()) {
            throw new InvalidInputException("give the test to a class or to chosen students");
        }
        Set<Long> taught = actor.is(Role.ADMIN) ? null : school.classIdsTaughtBy(actor.accountId());
        if (request.classId() != null) {
            SchoolClass schoolClass = school.findClass(request.classId())
                    .filter(c -> c.schoolId() == actor.schoolId())
                    .orElseThrow(() -> new NotFoundException("class " + request.classId() + " not found"));
            if (taught != null && !taught.contains(schoolClass.id())) {
                throw new ForbiddenException("you do not teach class " + schoolClass.name());
            }
            Set<Long> students = new LinkedHashSet<>(school.studentIdsOf(schoolClass.id()));
            if (students.isEmpty()) {
                throw new InvalidInputException("class " + schoolClass.name() + " has no students yet");
            }
            return students;
        }
        Set<Long> students = new LinkedHashSet<>();
        List<Long> ofSchool = users.accountsByIds(request.studentIds()).stream()
                .filter(a -> a.schoolId() == actor.schoolId() && a.has(Role.STUDENT)).map(a -> a.id()).toList();
        for (long student : request.studentIds()) {
            if (!ofSchool.contains(student)) {
                throw new NotFoundException("student " + student + " not found");
            }
            if (taught != null && school.classIdsOfStudents(List.of(student)).stream().noneMatch(taught::contains)) {
                throw new ForbiddenException("student " + student + " is not in a class you teach");
            }
            students.add(student);
        }
        return students;
    }

    private Assignment view(Actor actor, StoredAssignment a) {
        List<Long> students = mapper.studentIds(a.id());
        if (!manages(actor, a)) {
            students = students.stream().filter(id -> actor.isSelf(id) || actor.isParentOf(id)).toList();
        }
        return new Assignment(a.id(), a.testId(), a.testTitle(), a.ownerId(), a.classId(), a.opensAt(), a.dueAt(), a.closesAt(),
                students);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

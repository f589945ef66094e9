package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Role;
import ua.zalik.notify.Reminders;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Item statistics for teachers, from the response matrix, over each student's chosen attempts (Moodle analyses the
 * first by default), and the per-assignment and per-class figures. The statistics consumer keeps the figures and a
 * stored item analysis per assignment up to date (the analysis debounced: a class finishing together costs one
 * computation); a read serves the stored analysis while it is fresh (same attempts and marks) and computes otherwise.
 */
@Service
public class Statistics {

    static final String REFRESH_REMINDER = "testing.analysis-refresh";

    private final Results results;
    private final Assignments assignments;
    private final Tests tests;
    private final TestMapper testMapper;
    private final AssignmentMapper assignmentMapper;
    private final StatisticsMapper mapper;
    private final ItemAnalyses analyses;
    private final SchoolService school;
    private final Reminders reminders;
    private final StatisticsProperties properties;
    private final Clock clock;

    Statistics(Results results, Assignments assignments, Tests tests, TestMapper testMapper, AssignmentMapper assignmentMapper,
               StatisticsMapper mapper, ItemAnalyses analyses, SchoolService school, Reminders reminders,
               StatisticsProperties properties, Clock clock) {
        this.results = results;
        this.assignments = assignments;
        this.tests = tests;
        this.testMapper = testMapper;
        this.assignmentMapper = assignmentMapper;
        this.mapper = mapper;
        this.analyses = analyses;
        this.school = school;
        this.reminders = reminders;
        this.properties = properties;
        this.clock = clock;
    }

    /** One assignment's attempts, for the teachers who manage it. */
    @Transactional(readOnly = true)
    public TestAnalysis assignment(Actor actor, long assignmentId, AttemptSelection selection) {
        StoredAssignment assignment = assignments.managed(actor, assignmentId);
        return analyses.fresh(assignmentId, selection).orElseGet(() -> analyses.compute(assignment, selection));
    }

    /** For the chat: the analysis of each student's first attempts, empty (rather than thrown) when not the caller's. */
    @Transactional(readOnly = true)
    public Optional<TestAnalysis> assignmentIfManaged(Actor actor, long assignmentId) {
        StoredAssignment assignment = assignmentMapper.findAssignment(assignmentId);
        if (assignment == null || assignment.schoolId() != actor.schoolId() || !assignments.manages(actor, assignment)) {
            return Optional.empty();
        }
        return Optional.of(analyses.fresh(assignmentId, AttemptSelection.FIRST).orElseGet(() -> analyses.compute(assignment, AttemptSelection.FIRST)));
    }

    /** For work no person asks for (the closed assignment's notice to its teacher): checks no actor. */
    @Transactional(readOnly = true)
    public Optional<TestAnalysis> ofAssignment(long assignmentId) {
        StoredAssignment assignment = assignmentMapper.findAssignment(assignmentId);
        return assignment == null ? Optional.empty()
                : Optional.of(analyses.fresh(assignmentId, AttemptSelection.FIRST).orElseGet(() -> analyses.compute(assignment, AttemptSelection.FIRST)));
    }

    /** The attempts of every assignment of the test that the caller manages (an admin: all of them). */
    @Transactional(readOnly = true)
    public TestAnalysis test(Actor actor, long testId, AttemptSelection selection) {
        tests.visible(actor, testId);
        List<ResponseMatrix.Row> rows = new ArrayList<>();
        List<StoredAttempt> finished = new ArrayList<>();
        for (long assignmentId : testMapper.assignmentIds(testId)) {
            if (assignments.manages(actor, assignments.find(assignmentId))) {
                rows.addAll(results.responseMatrix(actor, assignmentId).rows());
                finished.addAll(results.finished(assignmentId));
            }
        }
        return analyses.analyse(null, testId, rows, finished, selection);
    }

    /** An assignment's figures, for the teachers who manage it (zeros before the first submit). */
    @Transactional(readOnly = true)
    public AssignmentStatistics assignmentFigures(Actor actor, long assignmentId) {
        assignments.managed(actor, assignmentId);
        AssignmentStatistics stored = mapper.assignmentStatistics(assignmentId);
        return stored != null ? stored : new AssignmentStatistics(assignmentId, assignments.recipientsOf(assignmentId).size(),
                0, 0, 0, null, null, null);
    }

    /** A class's figures, for its teachers and the school's admins (zeros before the first submit). */
    @Transactional(readOnly = true)
    public ClassStatistics classFigures(Actor actor, long classId) {
        SchoolClass found = school.findClass(classId).orElseThrow(() -> new NotFoundException("class " + classId + " not found"));
        actor.requireSameSchool(found.schoolId());
        if (!actor.isAdminOf(found.schoolId()) && !(actor.is(Role.TEACHER) && school.teaches(actor.accountId(), classId))) {
            throw new ForbiddenException("class " + classId + " is not yours");
        }
        ClassStatistics stored = mapper.classStatistics(classId);
        return stored != null ? stored : new ClassStatistics(classId, 0, 0, 0, 0, null, null, null);
    }

    /**
     * An attempt of the assignment was submitted or graded: recomputes its figures and its class's from the attempts
     * (so a redelivered event writes the same numbers) and, unless the stored analysis is still fresh, plans one refresh
     * a short window ahead; more changes inside the window ride on it.
     */
    @Transactional
    public void attemptsChanged(long assignmentId) {
        StoredAssignment assignment = assignmentMapper.findAssignment(assignmentId);
        if (assignment == null) {
            return;
        }
        mapper.ensureAssignmentRow(assignmentId, clock.instant());
        mapper.lockAssignmentRow(assignmentId);
        mapper.recomputeAssignment(assignmentId, clock.instant());
        if (assignment.classId() != null) {
            mapper.ensureClassRow(assignment.classId(), clock.instant());
            mapper.lockClassRow(assignment.classId());
            mapper.recomputeClass(assignment.classId(), clock.instant());
        }
        if (!analyses.allFresh(assignmentId)) {
            reminders.planUnlessPending(REFRESH_REMINDER, "assignment:" + assignmentId, properties.debounce(),
                    Map.of("assignmentId", String.valueOf(assignmentId)));
        }
    }

    /** The debounce window ended: computes and stores the assignment's analyses unless they are fresh; true if computed. */
    @Transactional
    public boolean refresh(long assignmentId) {
        StoredAssignment assignment = assignmentMapper.findAssignment(assignmentId);
        return assignment != null && analyses.refresh(assignment);
    }
}

package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Role;
import ua.zalik.outbox.Outbox;
import ua.zalik.school.GradeScale;
import ua.zalik.school.SchoolService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Auto-grades submitted attempts, keeps the manual grading queue for essays and turns points into scores. */
@Service
public class Grading {

    private final AttemptMapper attempts;
    private final Assignments assignments;
    private final Tests tests;
    private final QuestionContents contents;
    private final SchoolService school;
    private final Outbox outbox;
    private final TestingJson json;
    private final Clock clock;
    private final HeldAttempts held;

    Grading(AttemptMapper attempts, Assignments assignments, Tests tests, QuestionContents contents, SchoolService school,
            Outbox outbox, TestingJson json, Clock clock, HeldAttempts held) {
        this.held = held;
        this.attempts = attempts;
        this.assignments = assignments;
        this.tests = tests;
        this.contents = contents;
        this.school = school;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Submits a locked attempt once: a second submit (or the sweep after the student) finds it moved on and does nothing.
     * {@code onScreen}: the caller shows the result right away (said so in {@link AttemptGraded}).
     */
    boolean submit(StoredAttempt attempt, Instant at, boolean automatically, boolean onScreen) {
        if (attempts.markSubmitted(attempt.id(), at, automatically) == 0) {
            return false;
        }
        held.changed(attempt.id());
        Layout layout = json.read(attempt.layout(), Layout.class);
        Map<QuestionKey, StoredQuestion> content = contents.get(layout.slots().stream().map(Layout.Entry::key).toList());
        Map<Integer, StoredAnswer> answers = answersBySlot(attempt.id());
        for (int slot = 0; slot < layout.slots().size(); slot++) {
            Layout.Entry entry = layout.slots().get(slot);
            StoredAnswer answer = answers.get(slot);
            QuestionBody body = contents.body(content.get(entry.key()));
            Response response = answer == null ? null : json.read(answer.response(), Response.class);
            Grader.Graded graded = Grader.grade(body, response);
            BigDecimal points = graded.fraction() == null ? null : points(entry.points(), graded.fraction());
            attempts.saveGrade(attempt.id(), slot, graded.fraction(), points, graded.feedback());
        }
        outbox.record(new AttemptSubmitted(attempt.id(), attempt.assignmentId(), attempt.studentId(), attempt.number(),
                automatically, at));
        settle(attempt.id(), onScreen ? AttemptGraded.Occasion.SUBMITTED_ON_SCREEN
                : automatically ? AttemptGraded.Occasion.TIMED_OUT : AttemptGraded.Occasion.SUBMITTED);
        return true;
    }

    @Transactional(readOnly = true)
    public List<PendingAnswer> queue(Actor actor, Long assignmentId) {
        if (assignmentId != null) {
            assignments.managed(actor, assignmentId);
        } else if (!actor.is(Role.TEACHER) && !actor.is(Role.ADMIN)) {
            throw new ForbiddenException("only teachers and admins grade");
        }
        List<PendingAnswer> queue = new ArrayList<>();
        Map<Long, Boolean> managed = new HashMap<>();
        for (StoredAnswer answer : attempts.pending(actor.schoolId(), assignmentId)) {
            StoredAttempt attempt = attempts.findAttempt(answer.attemptId());
            if (!managed.computeIfAbsent(attempt.assignmentId(), id -> assignments.manages(actor, assignments.find(id)))) {
                continue;
            }
            Layout.Entry entry = json.read(attempt.layout(), Layout.class).slots().get(answer.slot());
            StoredQuestion question = contents.get(List.of(entry.key())).get(entry.key());
            QuestionBody body = contents.body(question);
            Response response = json.read(answer.response(), Response.class);
            queue.add(new PendingAnswer(attempt.id(), attempt.assignmentId(), attempt.studentId(), answer.slot(), entry.questionId(),
                    entry.version(), question.text(), body instanceof QuestionBody.Essay e ? e.graderInfo() : null,
                    response instanceof Response.Text t ? t.text() : null, entry.points()));
        }
        return queue;
    }

    /** Grades (or regrades) one essay answer by hand; the attempt's grade follows. */
    @Transactional
    public Score grade(Actor actor, long attemptId, int slot, BigDecimal points, String comment) {
        StoredAttempt attempt = attempts.findAttempt(attemptId);
        if (attempt == null) {
            throw new NotFoundException("attempt " + attemptId + " not found");
        }
        assignments.managed(actor, attempt.assignmentId());
        attempt = attempts.lockAttempt(attemptId);
        if (attempt.attemptState() == AttemptState.IN_PROGRESS) {
            throw new ConflictException("the attempt is still in progress");
        }
        Layout layout = json.read(attempt.layout(), Layout.class);
        if (slot < 0 || slot >= layout.slots().size()) {
            throw new NotFoundException("the attempt has no question " + slot);
        }
        Layout.Entry entry = layout.slots().get(slot);
        StoredQuestion question = contents.get(List.of(entry.key())).get(entry.key());
        if (!QuestionType.valueOf(question.type()).gradedByHand()) {
            throw new InvalidInputException("only essays are graded by hand");
        }
        if (points == null || points.signum() < 0 || points.compareTo(entry.points()) > 0) {
            throw new InvalidInputException("points must be between 0 and " + entry.points().stripTrailingZeros().toPlainString());
        }
        StoredAnswer answer = answersBySlot(attemptId).get(slot);
        if (answer == null || answer.response() == null) {
            throw new ConflictException("the student left this question unanswered");
        }
        double fraction = points.doubleValue() / entry.points().doubleValue();
        attempts.saveManualGrade(attemptId, slot, fraction, points.setScale(2, RoundingMode.HALF_UP),
                comment == null || comment.isBlank() ? null : Texts.require(comment, "comment", 5000), actor.accountId());
        settle(attemptId, AttemptGraded.Occasion.GRADED_BY_HAND);
        StoredAttempt graded = attempts.findAttempt(attemptId);
        return score(graded, tests.settings(tests.find(assignments.find(graded.assignmentId()).testId())));
    }

    /** Adds up the answers; when none waits for a teacher the attempt is graded and says so. */
    private void settle(long attemptId, AttemptGraded.Occasion occasion) {
        held.changed(attemptId);
        StoredAttempt attempt = attempts.findAttempt(attemptId);
        BigDecimal total = BigDecimal.ZERO;
        boolean pending = false;
        for (StoredAnswer answer : attempts.answers(List.of(attemptId))) {
            if (answer.fraction() == null && answer.response() != null) {
                pending = true;
            } else if (answer.points() != null) {
                total = total.add(answer.points());
            }
        }
        AttemptState state = pending ? AttemptState.SUBMITTED : AttemptState.GRADED;
        attempts.setResult(attemptId, state.name(), total);
        if (!pending) {
            StoredAttempt graded = attempts.findAttempt(attemptId);
            StoredAssignment assignment = assignments.find(attempt.assignmentId());
            Score score = score(graded, tests.settings(tests.find(assignment.testId())));
            outbox.record(new AttemptGraded(attemptId, attempt.assignmentId(), attempt.studentId(), score.points(), score.maxPoints(),
                    score.percent(), score.grade(), occasion));
        }
    }

    Score score(StoredAttempt attempt, TestSettings settings) {
        BigDecimal points = attempt.points() == null ? BigDecimal.ZERO : attempt.points();
        return score(points, attempt.maxPoints(), settings, assignments.find(attempt.assignmentId()).schoolId(),
                attempt.attemptState() == AttemptState.SUBMITTED);
    }

    Score score(BigDecimal points, BigDecimal max, TestSettings settings, long schoolId, boolean pending) {
        return scorer(settings, schoolId).score(points, max, pending);
    }

    /** Scores many attempts of one test in one school: the school (its grade scale) is read once. */
    Scorer scorer(TestSettings settings, long schoolId) {
        return new Scorer(settings, school.school(schoolId).gradeScale());
    }

    record Scorer(TestSettings settings, GradeScale scale) {

        Score score(StoredAttempt attempt) {
            return score(attempt.points() == null ? BigDecimal.ZERO : attempt.points(), attempt.maxPoints(),
                    attempt.attemptState() == AttemptState.SUBMITTED);
        }

        Score score(BigDecimal points, BigDecimal max, boolean pending) {
            BigDecimal percent = max.signum() == 0 ? BigDecimal.ZERO
                    : points.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
            int grade = scale.grade(percent.doubleValue());
            Boolean passed = settings.passPercent() == null ? null : percent.compareTo(settings.passPercent()) >= 0;
            return new Score(points.setScale(2, RoundingMode.HALF_UP), max.setScale(2, RoundingMode.HALF_UP), percent, grade, passed, pending);
        }
    }

    Map<Integer, StoredAnswer> answersBySlot(long attemptId) {
        Map<Integer, StoredAnswer> bySlot = new HashMap<>();
        attempts.answers(List.of(attemptId)).forEach(a -> bySlot.put(a.slot(), a));
        return bySlot;
    }

    static BigDecimal points(BigDecimal max, double fraction) {
        return max.multiply(BigDecimal.valueOf(fraction)).setScale(2, RoundingMode.HALF_UP);
    }

    Instant now() {
        return clock.instant();
    }
}

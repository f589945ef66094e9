package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What teachers, students and parents see of finished attempts; for students and parents the review policy decides. */
@Service
public class Reviews {

    /** An answer given sooner than this after its question was shown is flagged to the teacher. */
    public static final Duration FAST_ANSWER = Duration.ofSeconds(3);

    private final AttemptMapper attempts;
    private final Assignments assignments;
    private final Tests tests;
    private final Grading grading;
    private final QuestionContents contents;
    private final TestingJson json;
    private final Clock clock;

    Reviews(AttemptMapper attempts, Assignments assignments, Tests tests, Grading grading, QuestionContents contents,
            TestingJson json, Clock clock) {
        this.attempts = attempts;
        this.assignments = assignments;
        this.tests = tests;
        this.grading = grading;
        this.contents = contents;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AttemptReview review(Actor actor, long attemptId) {
        StoredAttempt attempt = attempts.findAttempt(attemptId);
        if (attempt == null) {
            throw new NotFoundException("attempt " + attemptId + " not found");
        }
        StoredAssignment assignment = assignments.find(attempt.assignmentId());
        actor.requireSameSchool(assignment.schoolId());
        TestSettings settings = tests.settings(tests.find(assignment.testId()));
        if (assignments.manages(actor, assignment)) {
            return review(attempt, settings, null);
        }
        if (!isOwnOrChilds(actor, attempt.studentId())) {
            throw new NotFoundException("attempt " + attemptId + " not found");
        }
        if (attempt.attemptState() == AttemptState.IN_PROGRESS) {
            throw new ConflictException("the attempt is still in progress");
        }
        if (!open(settings, assignment, attempt)) {
            throw new ForbiddenException(settings.review().when() == ReviewPolicy.When.NEVER
                    ? "the teacher does not share reviews of this test" : "the review opens when the assignment closes");
        }
        return review(attempt, settings, settings.review());
    }

    /**
     * The review as {@link #review} gives it, or why it is withheld, without failing: a chat turn's transaction must not
     * be marked for rollback by an expected "not yet".
     */
    @Transactional(readOnly = true)
    public ChatReview reviewNow(Actor actor, long attemptId) {
        try {
            return new ChatReview(review(actor, attemptId), ChatReview.Withheld.NOTHING);
        } catch (ConflictException e) {
            return new ChatReview(null, ChatReview.Withheld.IN_PROGRESS);
        } catch (ForbiddenException e) {
            StoredAttempt attempt = attempts.findAttempt(attemptId);
            TestSettings settings = tests.settings(tests.find(assignments.find(attempt.assignmentId()).testId()));
            return new ChatReview(null, settings.review().when() == ReviewPolicy.When.NEVER
                    ? ChatReview.Withheld.NEVER : ChatReview.Withheld.UNTIL_CLOSE);
        }
    }

    /**
     * The question behind each slot of the student's own finished attempt that they got wrong, only where the review
     * shows that slot's score now (so it reveals nothing the review does not): what a note on a question attaches to.
     * Empty when nothing qualifies; never throws, for the chat.
     */
    @Transactional(readOnly = true)
    public Map<Integer, Long> wrongQuestions(Actor actor, long attemptId) {
        StoredAttempt attempt = attempts.findAttempt(attemptId);
        if (attempt == null || !actor.is(Role.STUDENT) || !actor.isSelf(attempt.studentId())) {
            return Map.of();
        }
        ChatReview now = reviewNow(actor, attemptId);
        if (now.withheld() != ChatReview.Withheld.NOTHING) {
            return Map.of();
        }
        Layout layout = json.read(attempt.layout(), Layout.class);
        Map<Integer, Long> wrong = new java.util.TreeMap<>();
        for (AttemptReview.SlotReview slot : now.review().slots()) {
            if (slot.fraction() != null && slot.fraction() < 1.0) {
                wrong.put(slot.slot(), layout.slots().get(slot.slot()).questionId());
            }
        }
        return wrong;
    }

    /** A student's own attempts, or a parent's child's, with scores where the review policy shows them. */
    @Transactional(readOnly = true)
    public List<StudentResult> resultsOf(Actor actor, long studentId) {
        if (!isOwnOrChilds(actor, studentId)) {
            throw new ForbiddenException("only a student and their parents see these results");
        }
        List<StudentResult> results = new ArrayList<>();
        for (StoredAttempt attempt : attempts.attemptsOfStudent(studentId)) {
            StoredAssignment assignment = assignments.find(attempt.assignmentId());
            if (assignment.schoolId() != actor.schoolId()) {
                continue;
            }
            TestSettings settings = tests.settings(tests.find(assignment.testId()));
            boolean open = attempt.attemptState() != AttemptState.IN_PROGRESS && open(settings, assignment, attempt);
            results.add(new StudentResult(attempt.id(), assignment.id(), assignment.testTitle(), attempt.number(),
                    attempt.attemptState(), attempt.submittedAt(), open && settings.review().score() ? grading.score(attempt, settings) : null,
                    open));
        }
        return results;
    }

    private boolean open(TestSettings settings, StoredAssignment assignment, StoredAttempt attempt) {
        return switch (settings.review().when()) {
            case AFTER_ATTEMPT -> true;
            case AFTER_CLOSE -> !clock.instant().isBefore(assignments.terms(assignment, settings, attempt.studentId()).closesAt());
            case NEVER -> false;
        };
    }

    private static boolean isOwnOrChilds(Actor actor, long studentId) {
        return actor.is(Role.STUDENT) && actor.isSelf(studentId) || actor.isParentOf(studentId);
    }

    /** {@code policy} null: everything (a teacher's view). */
    private AttemptReview review(StoredAttempt attempt, TestSettings settings, ReviewPolicy policy) {
        boolean all = policy == null;
        Layout layout = json.read(attempt.layout(), Layout.class);
        Map<QuestionKey, StoredQuestion> content = contents.get(layout.slots().stream().map(Layout.Entry::key).toList());
        Map<Integer, StoredAnswer> answers = grading.answersBySlot(attempt.id());
        boolean finished = attempt.attemptState() != AttemptState.IN_PROGRESS;
        List<AttemptReview.SlotReview> slots = new ArrayList<>();
        for (int slot = 0; slot < layout.slots().size(); slot++) {
            Layout.Entry entry = layout.slots().get(slot);
            StoredQuestion question = content.get(entry.key());
            QuestionBody body = contents.body(question);
            StoredAnswer answer = answers.get(slot);
            Response stored = answer == null ? null : json.read(answer.response(), Response.class);
            QuestionView shown = Layouts.view(slot, entry, question, body, stored);
            boolean score = all || policy.score();
            boolean feedback = all || policy.feedback();
            Instant shownAt = answer == null ? null : answer.shownAt();
            Instant answeredAt = answer == null ? null : answer.answeredAt();
            slots.add(new AttemptReview.SlotReview(slot, question.text(), body.type(), shown.options(), shown.prompts(),
                    all || policy.responses() ? shown.response() : null,
                    score && answer != null ? answer.points() : null, score ? entry.points() : null,
                    score && answer != null ? answer.fraction() : null,
                    all || policy.rightAnswers() ? RightAnswers.of(body) : null,
                    feedback && answer != null ? answer.feedback() : null,
                    feedback && finished ? question.generalFeedback() : null,
                    feedback && answer != null ? answer.comment() : null,
                    all ? body : null,
                    all ? shownAt : null, all ? answeredAt : null,
                    all ? shownAt != null && answeredAt != null && Duration.between(shownAt, answeredAt).compareTo(FAST_ANSWER) < 0 : null));
        }
        Score score = finished && (all || policy.score()) ? grading.score(attempt, settings) : null;
        return new AttemptReview(attempt.id(), attempt.assignmentId(), attempt.studentId(), attempt.number(), attempt.attemptState(),
                attempt.startedAt(), attempt.submittedAt(), attempt.autoSubmitted(), score, slots);
    }
}

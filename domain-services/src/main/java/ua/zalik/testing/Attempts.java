package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Role;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.school.SchoolService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A student's attempts: start (the layout freezes), see questions, answer per slot, submit. The server keeps the
 * deadline; {@link #submitOverdue()} submits attempts past it with what was answered.
 */
@Service
public class Attempts {

    static final int SWEEP_LIMIT = 100;
    /** Bundle keys of the notice an attempt submitted by the deadline sweep sends (texts live with the chat's bundles). */
    public static final String AUTO_SUBMITTED = "quiz.auto-submitted";
    public static final String AUTO_SUBMITTED_BUTTON = "quiz.auto-submitted.button";

    private final AttemptMapper mapper;
    private final Assignments assignments;
    private final Tests tests;
    private final Layouts layouts;
    private final QuestionMapper questions;
    private final QuestionContents contents;
    private final Grading grading;
    private final QuestionBank bank;
    private final TestingJson json;
    private final Clock clock;
    private final SchoolService school;
    private final Notifications notifications;
    private final HeldAttempts held;

    Attempts(AttemptMapper mapper, Assignments assignments, Tests tests, Layouts layouts, QuestionMapper questions,
             QuestionContents contents, Grading grading, QuestionBank bank, TestingJson json, Clock clock,
             SchoolService school, Notifications notifications, HeldAttempts held) {
        this.held = held;
        this.school = school;
        this.notifications = notifications;
        this.mapper = mapper;
        this.assignments = assignments;
        this.tests = tests;
        this.layouts = layouts;
        this.questions = questions;
        this.contents = contents;
        this.grading = grading;
        this.bank = bank;
        this.json = json;
        this.clock = clock;
    }

    /** Starts an attempt, or returns the one in progress: two starts at once make one attempt. */
    @Transactional
    public AttemptView start(Actor actor, long assignmentId) {
        if (!actor.is(Role.STUDENT)) {
            throw new ForbiddenException("only students take tests");
        }
        StoredAssignment assignment = assignments.find(assignmentId);
        actor.requireSameSchool(assignment.schoolId());
        if (!assignments.lockRecipient(assignmentId, actor.accountId())) {
            throw new ForbiddenException("this assignment was not given to you");
        }
        Instant now = clock.instant();
        StoredAttempt current = mapper.inProgress(assignmentId, actor.accountId());
        if (current != null) {
            if (!overdue(current, now)) {
                return view(current, false);
            }
            grading.submit(mapper.lockAttempt(current.id()), now, true, false);
        }
        StoredTest test = tests.find(assignment.testId());
        TestSettings settings = tests.settings(test);
        Terms terms = assignments.terms(assignment, settings, actor.accountId());
        if (now.isBefore(terms.opensAt())) {
            throw new ConflictException("the assignment opens at " + terms.opensAt());
        }
        if (!now.isBefore(terms.closesAt())) {
            throw new ConflictException("the assignment is closed");
        }
        int number = mapper.countAttempts(assignmentId, actor.accountId()) + 1;
        if (number > terms.attemptsAllowed()) {
            throw new ConflictException("no attempts left: " + terms.attemptsAllowed() + " allowed");
        }
        Layout layout = layouts.freeze(tests.slots(test.id()), settings, assignmentId, actor.accountId(), number, json);
        List<QuestionKey> keys = layout.slots().stream().map(Layout.Entry::key).toList();
        questions.markUsed(keys);
        contents.get(keys);
        Instant deadline = terms.closesAt();
        if (terms.timeLimitMinutes() != null) {
            Instant limit = now.plus(Duration.ofMinutes(terms.timeLimitMinutes()));
            deadline = limit.isBefore(deadline) ? limit : deadline;
        }
        BigDecimal max = layout.slots().stream().map(Layout.Entry::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        StoredAttempt started = held.inserted(
                mapper.insertAttempt(assignmentId, actor.accountId(), number, now, deadline, json.write(layout), max));
        return view(started, false, Map.of()); // a new attempt has no answers yet
    }

    /** The caller's assignments open now or with an attempt in progress, soonest due first. */
    @Transactional(readOnly = true)
    public List<OpenAssignment> openAssignments(Actor actor) {
        if (!actor.is(Role.STUDENT)) {
            throw new ForbiddenException("only students take tests");
        }
        Instant now = clock.instant();
        java.time.ZoneId zone = school.school(actor.schoolId()).timezone();
        List<OpenAssignment> open = new ArrayList<>();
        for (StoredAssignment assignment : assignments.ofStudent(actor.schoolId(), actor.accountId())) {
            Terms terms = assignments.terms(assignment, tests.settings(tests.find(assignment.testId())), actor.accountId());
            StoredAttempt current = mapper.inProgress(assignment.id(), actor.accountId());
            Long running = current != null && !overdue(current, now) ? current.id() : null;
            int left = Math.max(0, terms.attemptsAllowed() - mapper.countAttempts(assignment.id(), actor.accountId()));
            boolean startable = !now.isBefore(terms.opensAt()) && now.isBefore(terms.closesAt()) && left > 0;
            if (running != null || startable) {
                open.add(new OpenAssignment(assignment.id(), assignment.testTitle(), terms.dueAt(), terms.closesAt(),
                        terms.timeLimitMinutes(), left, running, zone));
            }
        }
        open.sort(java.util.Comparator.comparing(OpenAssignment::dueAt).thenComparing(OpenAssignment::assignmentId));
        return open;
    }

    /**
     * For chat, where an expected refusal must not mark the turn's transaction for rollback: the attempt started or
     * resumed, or empty when the assignment is closed, not yet open or out of attempts.
     */
    @Transactional
    public Optional<AttemptView> startIfAllowed(Actor actor, long assignmentId) {
        try {
            return Optional.of(start(actor, assignmentId));
        } catch (ConflictException e) {
            return Optional.empty();
        }
    }

    /**
     * For chat: the question, or empty when the attempt is over (past its deadline it is submitted now, and the chat
     * shows its result in the question's place).
     */
    @Transactional
    public Optional<QuestionView> questionIfOpen(Actor actor, long attemptId, int slot) {
        try {
            return Optional.of(question(actor, attemptId, slot));
        } catch (ConflictException e) {
            submit(actor, attemptId, true);
            return Optional.empty();
        }
    }

    /**
     * For chat: {@link #answer} that says what happened instead of throwing; past the deadline it submits the attempt
     * ({@link AnswerOutcome#OVER}: the chat shows its result at once).
     */
    @Transactional
    public AnswerOutcome answerIfOpen(Actor actor, long attemptId, int slot, Response shown) {
        try {
            answer(actor, attemptId, slot, shown);
            return AnswerOutcome.SAVED;
        } catch (ConflictException e) {
            submit(actor, attemptId, true);
            return AnswerOutcome.OVER;
        } catch (InvalidInputException e) {
            return AnswerOutcome.DOES_NOT_FIT;
        }
    }

    /** The attempt with all its questions (each then counts as shown). */
    @Transactional
    public AttemptView attempt(Actor actor, long attemptId) {
        StoredAttempt attempt = own(actor, attemptId);
        if (attempt.attemptState() == AttemptState.IN_PROGRESS) {
            attempt = mapper.lockAttempt(attemptId);
        }
        return view(attempt, attempt.attemptState() == AttemptState.IN_PROGRESS);
    }

    /** One question of an attempt in progress, from the content cache; the first call records when it was shown. */
    @Transactional
    public QuestionView question(Actor actor, long attemptId, int slot) {
        StoredAttempt attempt = inProgress(actor, attemptId, true);
        Layout layout = json.read(attempt.layout(), Layout.class);
        Layout.Entry entry = entry(layout, slot);
        if (layout.sequential()) {
            inTurn(layout, slot, grading.answersBySlot(attemptId));
        }
        String response = mapper.showSlot(attemptId, slot, clock.instant());
        StoredQuestion content = contents.get(List.of(entry.key())).get(entry.key());
        return Layouts.view(slot, entry, content, contents.body(content),
                json.read(response, Response.class));
    }

    /** The image of one question of the caller's attempt in progress. */
    @Transactional(readOnly = true)
    public byte[] image(Actor actor, long attemptId, int slot) {
        StoredAttempt attempt = inProgress(actor, attemptId, false);
        Layout.Entry entry = entry(attempt, slot);
        return bank.imageOf(contents.get(List.of(entry.key())).get(entry.key()).imageKey());
    }

    /**
     * Saves the answer to one slot, given in the positions the student was shown. The same answer again is one answer;
     * a different one replaces it until the attempt is submitted or its deadline passes (in a sequential test, each
     * question is answered once, in order).
     */
    @Transactional
    public QuestionView answer(Actor actor, long attemptId, int slot, Response shown) {
        StoredAttempt attempt = inProgress(actor, attemptId, true);
        Layout layout = json.read(attempt.layout(), Layout.class);
        Layout.Entry entry = entry(layout, slot);
        if (layout.sequential()) {
            inTurn(layout, slot, grading.answersBySlot(attemptId));
        }
        StoredQuestion content = contents.get(List.of(entry.key())).get(entry.key());
        QuestionBody body = contents.body(content);
        if (shown == null) {
            throw new InvalidInputException("an answer is needed");
        }
        Response stored = Layouts.toStored(entry, body, shown);
        mapper.saveResponse(attemptId, slot, Texts.requireNoNulInJson(json.write(stored, Response.class), "an answer"), clock.instant());
        return Layouts.view(slot, entry, content, body, stored);
    }

    /** Submits once: submitting again, at the same time or later, changes nothing. */
    @Transactional
    public AttemptView submit(Actor actor, long attemptId) {
        return submit(actor, attemptId, false);
    }

    /**
     * {@link #submit} for a caller that shows the result right away (the chat's result screen): the attempt's
     * {@link AttemptGraded} says the student has seen it, so the result notice spares them (their parents still get it).
     */
    @Transactional
    public AttemptView submitShowingResult(Actor actor, long attemptId) {
        return submit(actor, attemptId, true);
    }

    private AttemptView submit(Actor actor, long attemptId, boolean onScreen) {
        StoredAttempt attempt = own(actor, attemptId, true);
        if (attempt.attemptState() == AttemptState.IN_PROGRESS) {
            Instant now = clock.instant();
            grading.submit(attempt, overdue(attempt, now) ? attempt.deadlineAt() : now, overdue(attempt, now), onScreen);
        }
        return view(mapper.findAttempt(attemptId), false);
    }

    /** Submits attempts past their deadline with what was answered; several workers may sweep at once. */
    @Transactional
    public int submitOverdue() {
        List<Long> overdue = mapper.lockOverdue(clock.instant(), SWEEP_LIMIT);
        for (long id : overdue) {
            StoredAttempt attempt = mapper.findAttempt(id);
            if (grading.submit(attempt, attempt.deadlineAt(), true, false)) {
                // the student may be mid-question in chat: tell them the server handed the attempt in
                notifications.plan(new Notice(NotificationKind.RESULTS_RELEASED, attempt.studentId(), "attempt-auto:" + id,
                        AUTO_SUBMITTED, List.of(assignments.find(attempt.assignmentId()).testTitle()),
                        List.of(new Notice.Button(AUTO_SUBMITTED_BUTTON, "/tests"))));
            }
        }
        return overdue.size();
    }

    private StoredAttempt own(Actor actor, long attemptId) {
        return own(actor, attemptId, false);
    }

    /** The caller's attempt, read (and locked, when asked) in one statement. */
    private StoredAttempt own(Actor actor, long attemptId, boolean lock) {
        StoredAttempt attempt = !actor.is(Role.STUDENT) ? null
                : lock ? held.lockOwn(attemptId, actor.accountId()) : mapper.findAttempt(attemptId);
        if (attempt == null || !actor.isSelf(attempt.studentId())) {
            throw new NotFoundException("attempt " + attemptId + " not found");
        }
        return attempt;
    }

    private StoredAttempt inProgress(Actor actor, long attemptId, boolean lock) {
        StoredAttempt attempt = own(actor, attemptId, lock);
        if (attempt.attemptState() != AttemptState.IN_PROGRESS) {
            throw new ConflictException("the attempt has been submitted");
        }
        if (overdue(attempt, clock.instant())) {
            throw new ConflictException("time is up: the attempt is submitted with the answers saved so far");
        }
        return attempt;
    }

    private Layout.Entry entry(StoredAttempt attempt, int slot) {
        return entry(json.read(attempt.layout(), Layout.class), slot);
    }

    private static Layout.Entry entry(Layout layout, int slot) {
        List<Layout.Entry> slots = layout.slots();
        if (slot < 0 || slot >= slots.size()) {
            throw new NotFoundException("the attempt has no question " + slot);
        }
        return slots.get(slot);
    }

    /** In a sequential test only the first question not answered yet may be shown or answered. */
    private static void inTurn(Layout layout, int slot, Map<Integer, StoredAnswer> answers) {
        if (!layout.sequential()) {
            return;
        }
        int next = 0;
        while (answers.containsKey(next) && answers.get(next).response() != null) {
            next++; // a row without a response is a question shown, not answered
        }
        if (slot != next) {
            throw new InvalidInputException("this test goes question by question: question " + (next + 1)
                    + " is the one to answer now, not question " + (slot + 1));
        }
    }

    private AttemptView view(StoredAttempt attempt, boolean markShown) {
        return view(attempt, markShown, null);
    }

    /** {@code answers} when the caller knows them already (a new attempt has none), else null to read them. */
    private AttemptView view(StoredAttempt attempt, boolean markShown, Map<Integer, StoredAnswer> known) {
        Layout layout = json.read(attempt.layout(), Layout.class);
        List<QuestionView> views = new ArrayList<>();
        if (attempt.attemptState() == AttemptState.IN_PROGRESS) {
            if (markShown && !layout.slots().isEmpty()) {
                mapper.markShown(attempt.id(), IntStream.range(0, layout.slots().size()).boxed().toList(), clock.instant());
            }
            Map<QuestionKey, StoredQuestion> content = contents.get(layout.slots().stream().map(Layout.Entry::key).toList());
            Map<Integer, StoredAnswer> answers = known != null ? known : grading.answersBySlot(attempt.id());
            for (int slot = 0; slot < layout.slots().size(); slot++) {
                Layout.Entry entry = layout.slots().get(slot);
                StoredQuestion question = content.get(entry.key());
                StoredAnswer answer = answers.get(slot);
                views.add(Layouts.view(slot, entry, question, contents.body(question),
                        answer == null ? null : json.read(answer.response(), Response.class)));
            }
        }
        return new AttemptView(attempt.id(), attempt.assignmentId(), attempt.number(), attempt.attemptState(), attempt.startedAt(),
                attempt.deadlineAt(), attempt.submittedAt(), views, layout.sequential());
    }

    private static boolean overdue(StoredAttempt attempt, Instant now) {
        return attempt.deadlineAt() != null && !now.isBefore(attempt.deadlineAt());
    }
}

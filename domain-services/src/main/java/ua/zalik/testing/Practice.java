package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Practice between tests: single-choice and true/false questions a student got wrong come back as quiz polls, spaced
 * over days (a Leitner box). Only questions whose right answer the test's review policy already shows them; never grades.
 */
@Service
public class Practice {

    static final Duration PUT_OFF = Duration.ofHours(1);
    private static final int MAX_BOX = 6;

    private final PracticeMapper mapper;
    private final AttemptMapper attempts;
    private final Assignments assignments;
    private final Tests tests;
    private final QuestionContents contents;
    private final TestingJson json;
    private final Clock clock;

    Practice(PracticeMapper mapper, AttemptMapper attempts, Assignments assignments, Tests tests, QuestionContents contents,
             TestingJson json, Clock clock) {
        this.mapper = mapper;
        this.attempts = attempts;
        this.assignments = assignments;
        this.tests = tests;
        this.contents = contents;
        this.json = json;
        this.clock = clock;
    }

    /** The next due question the student got wrong; asking it puts it off for an hour unless answered. */
    @Transactional
    public Optional<PracticeQuestion> next(Actor actor) {
        long student = student(actor);
        Instant now = clock.instant();
        Map<Long, PracticeRow> rows = new HashMap<>();
        mapper.rows(student).forEach(row -> rows.put(row.questionId(), row));
        for (PracticeQuestion question : wrongBefore(actor).values()) {
            PracticeRow row = rows.get(question.questionId());
            if (row == null || !row.dueAt().isAfter(now)) {
                mapper.asked(student, question.questionId(), now, now.plus(PUT_OFF));
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /** Counts an answer (the option's index in {@link PracticeQuestion#options} order) and spaces the next asking. */
    @Transactional
    public PracticeAnswer answer(Actor actor, long questionId, int chosen) {
        long student = student(actor);
        PracticeQuestion question = wrongBefore(actor).get(questionId);
        PracticeRow row = mapper.find(student, questionId);
        if (question == null || row == null) {
            throw new NotFoundException("question " + questionId + " is not in your practice");
        }
        boolean right = chosen == question.correct();
        int box = right ? Math.min(row.box() + 1, MAX_BOX) : 0;
        Instant now = clock.instant();
        // box 1 comes back in a day, box 2 in two, box 3 in four...; a wrong answer starts again tomorrow
        Duration wait = Duration.ofDays(right ? 1L << (box - 1) : 1);
        mapper.answered(student, questionId, right, box, now, now.plus(wait));
        int rightTotal = 0;
        int answered = 0;
        for (PracticeRow r : mapper.rows(student)) {
            rightTotal += r.rightCount();
            answered += r.rightCount() + r.wrongCount();
        }
        return new PracticeAnswer(right, rightTotal, answered);
    }

    /** Questions answered wrong in submitted attempts whose review shows right answers, newest attempt first. */
    private Map<Long, PracticeQuestion> wrongBefore(Actor actor) {
        List<StoredAttempt> finished = attempts.attemptsOfStudent(actor.accountId()).stream()
                .filter(a -> !AttemptState.IN_PROGRESS.name().equals(a.state()) && showsRightAnswers(a)).toList();
        Map<Long, StoredAttempt> byId = new HashMap<>();
        finished.forEach(a -> byId.put(a.id(), a));
        List<QuestionKey> keys = new ArrayList<>();
        Map<Long, List<StoredAnswer>> wrong = new LinkedHashMap<>();
        if (!finished.isEmpty()) {
            for (StoredAnswer answer : attempts.answers(byId.keySet())) {
                if (answer.fraction() != null && answer.fraction() < 1.0) {
                    wrong.computeIfAbsent(answer.attemptId(), id -> new ArrayList<>()).add(answer);
                }
            }
        }
        List<Layout.Entry> entries = new ArrayList<>();
        for (StoredAttempt attempt : finished) {
            List<Layout.Entry> slots = json.read(attempt.layout(), Layout.class).slots();
            for (StoredAnswer answer : wrong.getOrDefault(attempt.id(), List.of())) {
                entries.add(slots.get(answer.slot()));
                keys.add(slots.get(answer.slot()).key());
            }
        }
        Map<QuestionKey, StoredQuestion> content = keys.isEmpty() ? Map.of() : contents.get(keys);
        Map<Long, PracticeQuestion> questions = new LinkedHashMap<>();
        for (Layout.Entry entry : entries) {
            StoredQuestion stored = content.get(entry.key());
            if (stored == null || questions.containsKey(entry.questionId())) {
                continue;
            }
            practicable(stored, contents.body(stored)).ifPresent(q -> questions.put(q.questionId(), q));
        }
        return questions;
    }

    private static Optional<PracticeQuestion> practicable(StoredQuestion stored, QuestionBody body) {
        String general = stored.generalFeedback();
        return switch (body) {
            case QuestionBody.SingleChoice q -> {
                int right = -1;
                for (int i = 0; i < q.options().size(); i++) {
                    if (q.options().get(i).fraction() >= 1.0) {
                        right = i;
                        break;
                    }
                }
                // a Telegram poll takes 2 to 10 options
                if (q.options().size() > 10) {
                    yield Optional.empty();
                }
                String feedback = q.options().get(right).feedback();
                yield Optional.of(new PracticeQuestion(stored.id(), QuestionType.SINGLE_CHOICE, stored.text(),
                        q.options().stream().map(QuestionBody.Choice::text).toList(), right, feedback != null ? feedback : general));
            }
            case QuestionBody.TrueFalse q -> {
                String feedback = q.answer() ? q.feedbackTrue() : q.feedbackFalse();
                yield Optional.of(new PracticeQuestion(stored.id(), QuestionType.TRUE_FALSE, stored.text(), List.of(),
                        q.answer() ? 0 : 1, feedback != null ? feedback : general));
            }
            default -> Optional.empty();
        };
    }

    private boolean showsRightAnswers(StoredAttempt attempt) {
        StoredAssignment assignment = assignments.find(attempt.assignmentId());
        TestSettings settings = tests.settings(tests.find(assignment.testId()));
        ReviewPolicy review = settings.review();
        return review.rightAnswers() && switch (review.when()) {
            case AFTER_ATTEMPT -> true;
            case AFTER_CLOSE -> !clock.instant().isBefore(assignments.terms(assignment, settings, attempt.studentId()).closesAt());
            case NEVER -> false;
        };
    }

    private static long student(Actor actor) {
        if (!actor.is(Role.STUDENT)) {
            throw new ForbiddenException("practice is for students");
        }
        return actor.accountId();
    }
}

package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.testing.exchange.ResultsTable.Labels;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An assignment's results for its teachers: the results table (also as a spreadsheet) and the raw response matrix. */
@Service
public class Results {

    private final AttemptMapper attempts;
    private final Assignments assignments;
    private final Tests tests;
    private final Grading grading;
    private final QuestionContents contents;
    private final UsersService users;
    private final TestingJson json;

    Results(AttemptMapper attempts, Assignments assignments, Tests tests, Grading grading, QuestionContents contents,
            UsersService users, TestingJson json) {
        this.attempts = attempts;
        this.assignments = assignments;
        this.tests = tests;
        this.grading = grading;
        this.contents = contents;
        this.users = users;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public ResponseMatrix responseMatrix(Actor actor, long assignmentId) {
        return responseMatrix(assignments.managed(actor, assignmentId));
    }

    /** For work no person asks for (the statistics consumer): checks no actor. */
    ResponseMatrix responseMatrix(StoredAssignment assignment) {
        long assignmentId = assignment.id();
        List<StoredAttempt> finished = finished(assignmentId);
        Map<Long, Map<Integer, StoredAnswer>> answers = answersOf(finished);
        List<ResponseMatrix.Row> rows = new ArrayList<>();
        for (StoredAttempt attempt : finished) {
            Layout layout = json.read(attempt.layout(), Layout.class);
            Map<QuestionKey, StoredQuestion> content = contents.get(layout.slots().stream().map(Layout.Entry::key).toList());
            List<ResponseMatrix.Cell> cells = new ArrayList<>();
            for (int slot = 0; slot < layout.slots().size(); slot++) {
                Layout.Entry entry = layout.slots().get(slot);
                StoredAnswer answer = answers.getOrDefault(attempt.id(), Map.of()).get(slot);
                cells.add(new ResponseMatrix.Cell(entry.position(), entry.questionId(), entry.version(),
                        QuestionType.valueOf(content.get(entry.key()).type()),
                        answer == null ? null : json.read(answer.response(), Response.class),
                        answer == null ? Double.valueOf(0) : answer.fraction(), entry.points()));
            }
            cells.sort(Comparator.comparingInt(ResponseMatrix.Cell::position));
            rows.add(new ResponseMatrix.Row(attempt.id(), attempt.studentId(), attempt.number(), attempt.attemptState(),
                    attempt.points(), attempt.maxPoints(), cells));
        }
        return new ResponseMatrix(assignmentId, assignment.testId(), rows);
    }

    @Transactional(readOnly = true)
    public ResultsTable resultsTable(Actor actor, long assignmentId) {
        StoredAssignment assignment = assignments.managed(actor, assignmentId);
        TestSettings settings = tests.settings(tests.find(assignment.testId()));
        List<StoredAttempt> finished = finished(assignmentId);
        Map<Long, Map<Integer, StoredAnswer>> answers = answersOf(finished);
        Map<Long, List<StoredAttempt>> byStudent = finished.stream().collect(Collectors.groupingBy(StoredAttempt::studentId));
        TreeMap<Integer, BigDecimal> columns = new TreeMap<>();
        finished.forEach(a -> json.read(a.layout(), Layout.class).slots().forEach(e -> columns.putIfAbsent(e.position(), e.points())));
        Map<Long, String> names = users.accountsByIds(assignments.recipientsOf(assignmentId)).stream()
                .collect(Collectors.toMap(Account::id, Account::fullName));
        List<ResultsTable.Row> rows = new ArrayList<>();
        for (long student : assignments.recipientsOf(assignmentId)) {
            List<StoredAttempt> own = byStudent.getOrDefault(student, List.of());
            if (own.isEmpty()) {
                rows.add(new ResultsTable.Row(student, names.get(student), 0, null, Arrays.asList(new BigDecimal[columns.size()]), null, false));
                continue;
            }
            StoredAttempt counted = counted(own, settings.gradingMethod());
            Score total = settings.gradingMethod() == GradingMethod.AVERAGE ? average(own, settings, assignment.schoolId())
                    : grading.score(counted, settings);
            boolean late = counted.submittedAt().isAfter(assignments.terms(assignment, settings, student).dueAt());
            rows.add(new ResultsTable.Row(student, names.get(student), own.size(), counted.id(),
                    cells(counted, answers.getOrDefault(counted.id(), Map.of()), columns), total, late));
        }
        return new ResultsTable(assignmentId, assignment.testTitle(), settings.gradingMethod(),
                columns.entrySet().stream().map(e -> new ResultsTable.Column(e.getKey(), e.getValue())).toList(), rows);
    }

    /**
     * The results table as the CSV/XLSX exporter writes it: a column per question position headed "1. name" (only the
     * number when students got different questions there), the 12-point grade of the school's scale, and no grade while
     * an essay still waits for its teacher.
     */
    @Transactional(readOnly = true)
    public ua.zalik.testing.exchange.ResultsTable spreadsheet(Actor actor, long assignmentId, Labels labels) {
        ResultsTable table = resultsTable(actor, assignmentId);
        Map<Integer, String> names = questionNames(finished(assignmentId));
        List<String> headers = table.columns().stream().map(c -> header(c.position(), names.get(c.position()))).toList();
        List<ua.zalik.testing.exchange.ResultsTable.Row> rows = table.rows().stream().map(row -> {
            Score total = row.total();
            return new ua.zalik.testing.exchange.ResultsTable.Row(row.studentName(), row.points(),
                    total == null ? null : total.points(), total == null ? null : total.percent(),
                    total == null || total.pendingGrading() ? null : total.grade());
        }).toList();
        return new ua.zalik.testing.exchange.ResultsTable(labels, headers, rows);
    }

    static String header(int position, String name) {
        return name == null ? String.valueOf(position + 1) : (position + 1) + ". " + name;
    }

    /** Per question position, the name of the question asked there, or null where attempts asked different ones. */
    Map<Integer, String> questionNames(List<StoredAttempt> attempts) {
        Map<Integer, QuestionKey> asked = new TreeMap<>();
        Map<Integer, Boolean> mixed = new TreeMap<>();
        for (StoredAttempt attempt : attempts) {
            for (Layout.Entry entry : json.read(attempt.layout(), Layout.class).slots()) {
                QuestionKey before = asked.putIfAbsent(entry.position(), entry.key());
                if (before != null && before.questionId() != entry.questionId()) {
                    mixed.put(entry.position(), true);
                }
            }
        }
        Map<QuestionKey, StoredQuestion> content = asked.isEmpty() ? Map.of() : contents.get(asked.values());
        Map<Integer, String> names = new TreeMap<>();
        asked.forEach((position, key) -> {
            if (!mixed.containsKey(position)) {
                names.put(position, content.get(key).name());
            }
        });
        return names;
    }

    private List<BigDecimal> cells(StoredAttempt attempt, Map<Integer, StoredAnswer> answers, TreeMap<Integer, BigDecimal> columns) {
        Map<Integer, BigDecimal> byPosition = new TreeMap<>();
        List<Layout.Entry> slots = json.read(attempt.layout(), Layout.class).slots();
        for (int slot = 0; slot < slots.size(); slot++) {
            StoredAnswer answer = answers.get(slot);
            byPosition.put(slots.get(slot).position(), answer == null ? BigDecimal.ZERO.setScale(2) : answer.points());
        }
        return columns.keySet().stream().map(byPosition::get).toList();
    }

    private static StoredAttempt counted(List<StoredAttempt> attempts, GradingMethod method) {
        Function<StoredAttempt, BigDecimal> points = a -> a.points() == null ? BigDecimal.ZERO : a.points();
        return switch (method) {
            case FIRST -> attempts.getFirst();
            case LAST, AVERAGE -> attempts.getLast();
            case HIGHEST -> attempts.stream().max(Comparator.comparing(points).thenComparing(StoredAttempt::number, Comparator.reverseOrder()))
                    .orElseThrow();
        };
    }

    private Score average(List<StoredAttempt> attempts, TestSettings settings, long schoolId) {
        BigDecimal count = BigDecimal.valueOf(attempts.size());
        BigDecimal points = attempts.stream().map(a -> a.points() == null ? BigDecimal.ZERO : a.points())
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, 2, RoundingMode.HALF_UP);
        BigDecimal max = attempts.stream().map(StoredAttempt::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(count, 2, RoundingMode.HALF_UP);
        boolean pending = attempts.stream().anyMatch(a -> a.attemptState() == AttemptState.SUBMITTED);
        return grading.score(points, max, settings, schoolId, pending);
    }

    List<StoredAttempt> finished(long assignmentId) {
        return attempts.attempts(assignmentId, null).stream().filter(a -> a.attemptState() != AttemptState.IN_PROGRESS).toList();
    }

    private Map<Long, Map<Integer, StoredAnswer>> answersOf(List<StoredAttempt> attempts) {
        if (attempts.isEmpty()) {
            return Map.of();
        }
        return this.attempts.answers(attempts.stream().map(StoredAttempt::id).toList()).stream()
                .collect(Collectors.groupingBy(StoredAnswer::attemptId, Collectors.toMap(StoredAnswer::slot, a -> a)));
    }
}

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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<Long, Map<Integer, StoredAnswer>> answers = answersOf(assignmentId, finished);
        Map<Long, Layout> layouts = layouts(finished);
        Map<QuestionKey, QuestionType> types = types(layouts.values());
        List<ResponseMatrix.Row> rows = new ArrayList<>(finished.size());
        for (StoredAttempt attempt : finished) {
            Layout layout = layouts.get(attempt.id());
            Map<Integer, StoredAnswer> own = answers.getOrDefault(attempt.id(), Map.of());
            List<ResponseMatrix.Cell> cells = new ArrayList<>(layout.slots().size());
            for (int slot = 0; slot < layout.slots().size(); slot++) {
                Layout.Entry entry = layout.slots().get(slot);
                StoredAnswer answer = own.get(slot);
                cells.add(new ResponseMatrix.Cell(entry.position(), entry.questionId(), entry.version(), types.get(entry.key()),
                        answer == null ? null : json.read(answer.response(), Response.class),
                        answer == null ? Double.valueOf(0) : answer.fraction(), entry.points()));
            }
            cells.sort(Comparator.comparingInt(ResponseMatrix.Cell::position));
            rows.add(new ResponseMatrix.Row(attempt.id(), attempt.studentId(), attempt.number(), attempt.attemptState(),
                    attempt.points(), attempt.maxPoints(), cells));
        }
        return new ResponseMatrix(assignmentId, assignment.testId(), rows);
    }

    /** Each attempt's layout, parsed once. */
    private Map<Long, Layout> layouts(List<StoredAttempt> attempts) {
        Map<Long, Layout> layouts = new HashMap<>(attempts.size() * 2);
        attempts.forEach(a -> layouts.put(a.id(), json.read(a.layout(), Layout.class)));
        return layouts;
    }

    /** The type of every question version the layouts ask, each version read (and parsed) once. */
    private Map<QuestionKey, QuestionType> types(Collection<Layout> layouts) {
        Set<QuestionKey> keys = new LinkedHashSet<>();
        layouts.forEach(layout -> layout.slots().forEach(entry -> keys.add(entry.key())));
        Map<QuestionKey, QuestionType> types = new HashMap<>();
        if (!keys.isEmpty()) {
            contents.get(keys).forEach((key, question) -> types.put(key, QuestionType.valueOf(question.type())));
        }
        return types;
    }

    @Transactional(readOnly = true)
    public ResultsTable resultsTable(Actor actor, long assignmentId) {
        StoredAssignment assignment = assignments.managed(actor, assignmentId);
        TestSettings settings = tests.settings(tests.find(assignment.testId()));
        List<StoredAttempt> finished = finished(assignmentId);
        Map<Long, Map<Integer, BigDecimal>> points = pointsOf(assignmentId, finished);
        Map<Long, Layout> layouts = layouts(finished);
        Map<Long, List<StoredAttempt>> byStudent = finished.stream().collect(Collectors.groupingBy(StoredAttempt::studentId));
        TreeMap<Integer, BigDecimal> columns = new TreeMap<>();
        finished.forEach(a -> layouts.get(a.id()).slots().forEach(e -> columns.putIfAbsent(e.position(), e.points())));
        Set<Long> recipients = assignments.recipientsOf(assignmentId);
        Map<Long, String> names = users.accountsByIds(recipients).stream().collect(Collectors.toMap(Account::id, Account::fullName));
        Map<Long, StudentOverride> overrides = assignments.overridesOf(assignmentId);
        Grading.Scorer scorer = grading.scorer(settings, assignment.schoolId());
        List<ResultsTable.Row> rows = new ArrayList<>();
        for (long student : recipients) {
            List<StoredAttempt> own = byStudent.getOrDefault(student, List.of());
            if (own.isEmpty()) {
                rows.add(new ResultsTable.Row(student, names.get(student), 0, null, Arrays.asList(new BigDecimal[columns.size()]), null, false));
                continue;
            }
            StoredAttempt counted = counted(own, settings.gradingMethod());
            Score total = settings.gradingMethod() == GradingMethod.AVERAGE ? average(own, scorer) : scorer.score(counted);
            boolean late = counted.submittedAt().isAfter(assignments.terms(assignment, settings, overrides.get(student)).dueAt());
            rows.add(new ResultsTable.Row(student, names.get(student), own.size(), counted.id(),
                    cells(layouts.get(counted.id()), points.getOrDefault(counted.id(), Map.of()), columns), total, late));
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
        Map<Integer, String> names = questionNames(assignmentId);
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

    /**
     * {@link #questionNames(List)} of the assignment's finished attempts, from the versions asked (one query, no layout
     * read here): the name of the version the first attempt (by student, then number) asked at the position.
     */
    Map<Integer, String> questionNames(long assignmentId) {
        Map<Integer, AskedVersion> first = new TreeMap<>();
        Set<Integer> mixed = new HashSet<>();
        Comparator<AskedVersion> earlier = Comparator.comparingLong(AskedVersion::studentId).thenComparingInt(AskedVersion::number);
        for (AskedVersion asked : attempts.askedVersions(assignmentId)) {
            AskedVersion before = first.get(asked.position());
            if (before != null && before.questionId() != asked.questionId()) {
                mixed.add(asked.position());
            }
            if (before == null || earlier.compare(asked, before) < 0) {
                first.put(asked.position(), asked);
            }
        }
        Map<Integer, QuestionKey> keys = new TreeMap<>();
        first.forEach((position, asked) -> keys.put(position, new QuestionKey(asked.questionId(), asked.version())));
        return questionNames(new AttemptMarksReader.Asked(keys, mixed));
    }

    /** The names of the versions first asked, except where attempts asked different questions. */
    Map<Integer, String> questionNames(AttemptMarksReader.Asked asked) {
        Map<QuestionKey, StoredQuestion> content = asked.first().isEmpty() ? Map.of()
                : contents.get(asked.first().values().stream().distinct().toList());
        Map<Integer, String> names = new TreeMap<>();
        asked.first().forEach((position, key) -> {
            if (!asked.mixed().contains(position)) {
                names.put(position, content.get(key).name());
            }
        });
        return names;
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

    /** {@code points}: the attempt's answers' points by slot; a slot without an answer row scores 0.00, an ungraded answer null. */
    private static List<BigDecimal> cells(Layout layout, Map<Integer, BigDecimal> points, TreeMap<Integer, BigDecimal> columns) {
        Map<Integer, BigDecimal> byPosition = new TreeMap<>();
        List<Layout.Entry> slots = layout.slots();
        for (int slot = 0; slot < slots.size(); slot++) {
            byPosition.put(slots.get(slot).position(), points.containsKey(slot) ? points.get(slot) : BigDecimal.ZERO.setScale(2));
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

    private static Score average(List<StoredAttempt> attempts, Grading.Scorer scorer) {
        BigDecimal count = BigDecimal.valueOf(attempts.size());
        BigDecimal points = attempts.stream().map(a -> a.points() == null ? BigDecimal.ZERO : a.points())
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, 2, RoundingMode.HALF_UP);
        BigDecimal max = attempts.stream().map(StoredAttempt::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(count, 2, RoundingMode.HALF_UP);
        boolean pending = attempts.stream().anyMatch(a -> a.attemptState() == AttemptState.SUBMITTED);
        return scorer.score(points, max, pending);
    }

    List<StoredAttempt> finished(long assignmentId) {
        return attempts.attempts(assignmentId, null).stream().filter(a -> a.attemptState() != AttemptState.IN_PROGRESS).toList();
    }

    /** The finished attempts' answers by attempt and slot, in one query by assignment whatever their number. */
    private Map<Long, Map<Integer, StoredAnswer>> answersOf(long assignmentId, List<StoredAttempt> finished) {
        if (finished.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Integer, StoredAnswer>> answers = new HashMap<>(finished.size() * 2);
        for (StoredAnswer answer : this.attempts.answersOfAssignment(assignmentId)) {
            answers.computeIfAbsent(answer.attemptId(), id -> new HashMap<>()).put(answer.slot(), answer);
        }
        return answers;
    }

    private Map<Long, Map<Integer, BigDecimal>> pointsOf(long assignmentId, List<StoredAttempt> finished) {
        if (finished.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Integer, BigDecimal>> points = new HashMap<>(finished.size() * 2);
        for (SlotPoints answer : this.attempts.pointsOfAssignment(assignmentId)) {
            points.computeIfAbsent(answer.attemptId(), id -> new HashMap<>()).put(answer.slot(), answer.points());
        }
        return points;
    }
}

package ua.zalik.testing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ua.zalik.testing.analysis.AnalysisAttempts;
import ua.zalik.testing.analysis.AnalysisAttempts.StudentAttempt;
import ua.zalik.testing.analysis.AttemptMarks;
import ua.zalik.testing.analysis.ItemAnalysis;
import ua.zalik.testing.analysis.ItemAnalysisReport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes item analyses from the response matrix and keeps each assignment's newest one, per attempts selection, with
 * the fingerprint ({@link StatisticsMapper#mark}) of the attempts it saw: a stored report whose fingerprint still
 * matches is what the attempts would give now. Runs inside the facade's transaction.
 */
@Component
class ItemAnalyses {

    private final Results results;
    private final StatisticsMapper mapper;
    private final TestingJson json;
    private final Clock clock;
    private final Counter recomputes;

    ItemAnalyses(Results results, StatisticsMapper mapper, TestingJson json, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.results = results;
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
        this.recomputes = Counter.builder("zalik.statistics.recomputes")
                .description("Stored item analyses computed again after submits and grades (debounced per assignment)")
                .register(meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    /** The stored report when it is still fresh. */
    Optional<TestAnalysis> fresh(long assignmentId, AttemptSelection selection) {
        StoredAnalysis stored = mapper.storedAnalysis(assignmentId, selection.name());
        return stored != null && stored.mark().equals(mapper.mark(assignmentId))
                ? Optional.of(json.read(stored.report(), TestAnalysis.class)) : Optional.empty();
    }

    /** Whether every selection's stored report is fresh. */
    boolean allFresh(long assignmentId) {
        String mark = mapper.mark(assignmentId);
        for (AttemptSelection selection : AttemptSelection.values()) {
            StoredAnalysis stored = mapper.storedAnalysis(assignmentId, selection.name());
            if (stored == null || !stored.mark().equals(mark)) {
                return false;
            }
        }
        return true;
    }

    /** Computes and stores every selection's report from one read of the attempts; false when all were fresh. */
    boolean refresh(StoredAssignment assignment) {
        if (allFresh(assignment.id())) {
            return false;
        }
        // the mark is read before the attempts: a submit in between only makes the stored report look stale, never fresh
        String mark = mapper.mark(assignment.id());
        ResponseMatrix matrix = results.responseMatrix(assignment);
        List<StoredAttempt> finished = results.finished(assignment.id());
        for (AttemptSelection selection : AttemptSelection.values()) {
            TestAnalysis analysis = analyse(assignment.id(), matrix.testId(), matrix.rows(), finished, selection);
            mapper.saveAnalysis(assignment.id(), selection.name(), mark, json.write(analysis), clock.instant());
        }
        recomputes.increment();
        return true;
    }

    TestAnalysis compute(StoredAssignment assignment, AttemptSelection selection) {
        ResponseMatrix matrix = results.responseMatrix(assignment);
        return analyse(assignment.id(), matrix.testId(), matrix.rows(), results.finished(assignment.id()), selection);
    }

    TestAnalysis analyse(Long assignmentId, long testId, List<ResponseMatrix.Row> rows, List<StoredAttempt> finished,
                         AttemptSelection selection) {
        TreeMap<Integer, Double> maxMarks = new TreeMap<>();
        rows.forEach(row -> row.cells().forEach(cell -> maxMarks.merge(cell.position(), cell.maxPoints().doubleValue(), Math::max)));
        List<Integer> positions = List.copyOf(maxMarks.keySet());
        List<StudentAttempt> attempts = new ArrayList<>();
        Set<Long> waiting = new HashSet<>();
        for (ResponseMatrix.Row row : rows) {
            if (row.state() != AttemptState.GRADED) {
                waiting.add(row.attemptId());
            }
            Map<Integer, Double> marks = new HashMap<>();
            row.cells().forEach(cell -> marks.put(cell.position(),
                    cell.fraction() == null ? null : cell.fraction() * cell.maxPoints().doubleValue()));
            List<Double> inOrder = positions.stream().map(marks::get).toList();
            attempts.add(new StudentAttempt(row.studentId(), row.attemptId(), row.attemptNumber(),
                    inOrder.stream().mapToDouble(mark -> mark == null ? 0 : mark).sum(), inOrder));
        }
        List<AttemptMarks> chosen = AnalysisAttempts.select(attempts, selection);
        List<AttemptMarks> graded = chosen.stream().filter(attempt -> !waiting.contains(attempt.attemptId())).toList();
        ItemAnalysisReport report = ItemAnalysis.compute(positions.stream().map(maxMarks::get).toList(), graded);
        Map<Integer, String> names = results.questionNames(finished);
        List<TestAnalysis.QuestionStatistics> questions = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            questions.add(new TestAnalysis.QuestionStatistics(positions.get(i), names.get(positions.get(i)), report.items().get(i)));
        }
        return new TestAnalysis(assignmentId, testId, selection, chosen.size() - graded.size(), report.test(), questions);
    }
}

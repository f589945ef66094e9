package ua.zalik.testing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ua.zalik.testing.AttemptMarksReader.Marks;
import ua.zalik.testing.analysis.AnalysisAttempts;
import ua.zalik.testing.analysis.AttemptMarks;
import ua.zalik.testing.analysis.ItemAnalysis;
import ua.zalik.testing.analysis.ItemAnalysisReport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes item analyses from the attempts' marks ({@link AttemptMarksReader}) and keeps each assignment's newest one, per attempts selection, with
 * the fingerprint ({@link StatisticsMapper#mark}) of the attempts it saw: a stored report whose fingerprint still
 * matches is what the attempts would give now. Runs inside the facade's transaction.
 */
@Component
class ItemAnalyses {

    private final Results results;
    private final AttemptMarksReader reader;
    private final StatisticsMapper mapper;
    private final TestingJson json;
    private final Clock clock;
    private final Counter recomputes;

    ItemAnalyses(Results results, AttemptMarksReader reader, StatisticsMapper mapper, TestingJson json, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.results = results;
        this.reader = reader;
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
        Marks marks = reader.read(assignment.id());
        Map<Integer, String> names = results.questionNames(marks.asked());
        for (AttemptSelection selection : AttemptSelection.values()) {
            TestAnalysis analysis = analyse(assignment.id(), assignment.testId(), marks, names, selection);
            mapper.saveAnalysis(assignment.id(), selection.name(), mark, json.write(analysis), clock.instant());
        }
        recomputes.increment();
        return true;
    }

    TestAnalysis compute(StoredAssignment assignment, AttemptSelection selection) {
        Marks marks = reader.read(assignment.id());
        return analyse(assignment.id(), assignment.testId(), marks, results.questionNames(marks.asked()), selection);
    }

    TestAnalysis analyse(Long assignmentId, long testId, List<ResponseMatrix.Row> rows, List<StoredAttempt> finished,
                         AttemptSelection selection) {
        return analyse(assignmentId, testId, AttemptMarksReader.of(rows), results.questionNames(finished), selection);
    }

    private TestAnalysis analyse(Long assignmentId, long testId, Marks marks, Map<Integer, String> names, AttemptSelection selection) {
        List<AttemptMarks> chosen = AnalysisAttempts.select(marks.attempts(), selection);
        List<AttemptMarks> graded = chosen.stream().filter(attempt -> !marks.waiting().contains(attempt.attemptId())).toList();
        ItemAnalysisReport report = ItemAnalysis.compute(marks.maxMarks(), graded);
        List<Integer> positions = marks.positions();
        List<TestAnalysis.QuestionStatistics> questions = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            questions.add(new TestAnalysis.QuestionStatistics(positions.get(i), names.get(positions.get(i)), report.items().get(i)));
        }
        return new TestAnalysis(assignmentId, testId, selection, chosen.size() - graded.size(), report.test(), questions);
    }
}

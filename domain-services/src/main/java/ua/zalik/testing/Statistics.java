package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.testing.analysis.AnalysisAttempts;
import ua.zalik.testing.analysis.AnalysisAttempts.StudentAttempt;
import ua.zalik.testing.analysis.AttemptMarks;
import ua.zalik.testing.analysis.ItemAnalysis;
import ua.zalik.testing.analysis.ItemAnalysisReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Item statistics for teachers, from the response matrix, over each student's chosen attempts (Moodle analyses the
 * first by default). Computed on demand, nothing cached: a later submit or grade can never meet a stale report, and
 * one pass over an assignment's finished attempts is cheap next to reading them.
 */
@Service
public class Statistics {

    private final Results results;
    private final Assignments assignments;
    private final Tests tests;
    private final TestMapper testMapper;

    Statistics(Results results, Assignments assignments, Tests tests, TestMapper testMapper) {
        this.results = results;
        this.assignments = assignments;
        this.tests = tests;
        this.testMapper = testMapper;
    }

    /** One assignment's attempts, for the teachers who manage it. */
    @Transactional(readOnly = true)
    public TestAnalysis assignment(Actor actor, long assignmentId, AttemptSelection selection) {
        ResponseMatrix matrix = results.responseMatrix(actor, assignmentId);
        return analyse(assignmentId, matrix.testId(), matrix.rows(), results.finished(assignmentId), selection);
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
        return analyse(null, testId, rows, finished, selection);
    }

    private TestAnalysis analyse(Long assignmentId, long testId, List<ResponseMatrix.Row> rows, List<StoredAttempt> finished,
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

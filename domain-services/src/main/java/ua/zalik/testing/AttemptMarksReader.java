package ua.zalik.testing;

import org.springframework.stereotype.Component;
import ua.zalik.testing.analysis.AnalysisAttempts.StudentAttempt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The marks item analysis works on, per finished attempt and question position. {@link #read} takes them from one
 * streamed query per assignment (layouts and answers are joined in SQL, nothing is parsed as JSON here) and keeps one
 * primitive array per attempt; {@link #of} takes them from a response matrix (the test-wide analysis).
 */
@Component
class AttemptMarksReader {

    /** {@code positions} ascending with each one's max mark; the attempts' marks are in that order. */
    record Marks(List<Integer> positions, List<Double> maxMarks, List<StudentAttempt> attempts, Set<Long> waiting) {
    }

    private final AttemptMapper mapper;

    AttemptMarksReader(AttemptMapper mapper) {
        this.mapper = mapper;
    }

    Marks read(long assignmentId) {
        List<Parsed> parsed = new ArrayList<>();
        TreeMap<Integer, Double> maxMarks = new TreeMap<>();
        Set<Long> waiting = new HashSet<>();
        int[][] lastPositions = {new int[0]};
        mapper.attemptMarks(assignmentId, context -> {
            AttemptMarksRow row = context.getResultObject();
            int[] positions = ints(row.positions());
            if (Arrays.equals(positions, lastPositions[0])) {
                positions = lastPositions[0]; // attempts of one test share one array
            }
            lastPositions[0] = positions;
            double[] max = doubles(row.maxPoints(), positions.length);
            double[] marks = doubles(row.fractions(), positions.length);
            for (int i = 0; i < positions.length; i++) {
                maxMarks.merge(positions[i], max[i], Math::max);
                marks[i] = marks[i] * max[i]; // NaN (no fraction) stays NaN
            }
            if (!AttemptState.GRADED.name().equals(row.state())) {
                waiting.add(row.attemptId());
            }
            parsed.add(new Parsed(row.studentId(), row.attemptId(), row.number(), positions, marks));
        });
        int[] all = maxMarks.keySet().stream().mapToInt(Integer::intValue).toArray();
        List<StudentAttempt> attempts = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            Parsed p = parsed.get(i);
            parsed.set(i, null);
            double[] marks = Arrays.equals(p.positions, all) ? p.marks : aligned(p, all);
            attempts.add(new StudentAttempt(p.studentId, p.attemptId, p.number,
                    Arrays.stream(marks).map(mark -> Double.isNaN(mark) ? 0 : mark).sum(), new MarkRow(marks)));
        }
        return new Marks(List.copyOf(maxMarks.keySet()), List.copyOf(maxMarks.values()), attempts, waiting);
    }

    static Marks of(List<ResponseMatrix.Row> rows) {
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
        return new Marks(positions, List.copyOf(maxMarks.values()), attempts, waiting);
    }

    private record Parsed(long studentId, long attemptId, int number, int[] positions, double[] marks) {
    }

    private static double[] aligned(Parsed parsed, int[] all) {
        double[] marks = new double[all.length];
        Arrays.fill(marks, Double.NaN);
        for (int i = 0; i < parsed.positions.length; i++) {
            marks[Arrays.binarySearch(all, parsed.positions[i])] = parsed.marks[i];
        }
        return marks;
    }

    private static int[] ints(String list) {
        if (list == null || list.isEmpty()) {
            return new int[0];
        }
        String[] parts = list.split(",", -1);
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i]);
        }
        return values;
    }

    /** {@code count} values; an empty one (or a missing list) is NaN. */
    private static double[] doubles(String list, int count) {
        double[] values = new double[count];
        String[] parts = list == null ? new String[0] : list.split(",", -1);
        for (int i = 0; i < count; i++) {
            values[i] = i < parts.length && !parts[i].isEmpty() ? Double.parseDouble(parts[i]) : Double.NaN;
        }
        return values;
    }
}

package ua.zalik.testing;

import org.springframework.stereotype.Component;
import ua.zalik.testing.analysis.AnalysisAttempts.StudentAttempt;
import ua.zalik.testing.analysis.MarkRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The marks item analysis works on, per finished attempt and question position. {@link #read} takes them from one
 * streamed query per assignment (the slots and answers each attempt's row keeps, nothing parsed as JSON here) and keeps one
 * primitive array per attempt; {@link #of} takes them from a response matrix (the test-wide analysis).
 */
@Component
class AttemptMarksReader {

    /**
     * {@code positions} ascending with each one's max mark; the attempts' marks are in that order. {@code asked}: per
     * position the version the first attempt (by student, then number) was asked, and the positions asked different
     * questions (null when read from a response matrix).
     */
    record Marks(List<Integer> positions, List<Double> maxMarks, List<StudentAttempt> attempts, Set<Long> waiting, Asked asked) {
    }

    record Asked(Map<Integer, QuestionKey> first, Set<Integer> mixed) {
    }

    /** Layouts parsed are kept by their text up to this many (attempts of one test mostly share a few). */
    private static final int LAYOUTS_KEPT = 1_000;

    private final AttemptMapper mapper;

    AttemptMarksReader(AttemptMapper mapper) {
        this.mapper = mapper;
    }

    Marks read(long assignmentId) {
        List<Parsed> parsed = new ArrayList<>();
        Map<String, SlotLayout> layouts = new HashMap<>();
        mapper.attemptMarks(assignmentId, context -> {
            AttemptMarksRow row = context.getResultObject();
            SlotLayout layout = row.slots() == null || row.slots().isEmpty() ? SlotLayout.EMPTY : layouts.get(row.slots());
            if (layout == null) {
                layout = SlotLayout.parse(row.slots());
                if (layouts.size() < LAYOUTS_KEPT) {
                    layouts.put(row.slots(), layout);
                }
            }
            parsed.add(new Parsed(row.studentId(), row.attemptId(), row.number(),
                    !AttemptState.GRADED.name().equals(row.state()), layout, layout.marks(row.fractions())));
        });
        parsed.sort(Comparator.comparingLong(Parsed::studentId).thenComparingInt(Parsed::number));
        TreeMap<Integer, Double> maxMarks = new TreeMap<>();
        Map<Integer, QuestionKey> first = new HashMap<>();
        Set<Integer> mixed = new HashSet<>();
        Set<SlotLayout> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Parsed p : parsed) {
            if (seen.add(p.layout)) {
                p.layout.note(maxMarks, first, mixed);
            }
        }
        int[] all = maxMarks.keySet().stream().mapToInt(Integer::intValue).toArray();
        List<StudentAttempt> attempts = new ArrayList<>(parsed.size());
        Set<Long> waiting = new HashSet<>();
        for (int i = 0; i < parsed.size(); i++) {
            Parsed p = parsed.get(i);
            parsed.set(i, null);
            double[] marks = Arrays.equals(p.layout.positions, all) ? p.marks : aligned(p, all);
            attempts.add(new StudentAttempt(p.studentId, p.attemptId, p.number,
                    Arrays.stream(marks).map(mark -> Double.isNaN(mark) ? 0 : mark).sum(), new MarkRow(marks)));
            if (p.waiting) {
                waiting.add(p.attemptId);
            }
        }
        return new Marks(List.copyOf(maxMarks.keySet()), List.copyOf(maxMarks.values()), attempts, waiting, new Asked(first, mixed));
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
        return new Marks(positions, List.copyOf(maxMarks.values()), attempts, waiting, null);
    }

    private record Parsed(long studentId, long attemptId, int number, boolean waiting, SlotLayout layout, double[] marks) {
    }

    /**
     * A layout's slots: {@code positions} ascending and distinct, per slot its index among them, max points and
     * question version.
     */
    private record SlotLayout(int[] positions, int[] indexOfSlot, double[] points, QuestionKey[] keys) {

        static final SlotLayout EMPTY = new SlotLayout(new int[0], new int[0], new double[0], new QuestionKey[0]);

        static SlotLayout parse(String slots) {
            String[] entries = slots.split(",");
            int[] slotPositions = new int[entries.length];
            double[] points = new double[entries.length];
            QuestionKey[] keys = new QuestionKey[entries.length];
            for (String entry : entries) {
                String[] parts = entry.split(":");
                int slot = Integer.parseInt(parts[0]);
                slotPositions[slot] = Integer.parseInt(parts[1]);
                points[slot] = Double.parseDouble(parts[2]);
                keys[slot] = new QuestionKey(Long.parseLong(parts[3]), Integer.parseInt(parts[4]));
            }
            int[] positions = Arrays.stream(slotPositions).distinct().sorted().toArray();
            int[] indexOfSlot = new int[entries.length];
            for (int i = 0; i < entries.length; i++) {
                indexOfSlot[i] = Arrays.binarySearch(positions, slotPositions[i]);
            }
            return new SlotLayout(positions, indexOfSlot, points, keys);
        }

        /**
         * The marks in position order from "slot:fraction" pairs: fraction × points; 0 for a slot without an answer
         * row, NaN (null) for an answer not graded; a later slot at the same position wins, as in the matrix.
         */
        double[] marks(String fractions) {
            double[] bySlot = new double[indexOfSlot.length];
            if (fractions != null) {
                int start = 0;
                while (start < fractions.length()) {
                    int end = fractions.indexOf(',', start);
                    end = end < 0 ? fractions.length() : end;
                    int colon = fractions.indexOf(':', start);
                    int slot = Integer.parseInt(fractions, start, colon, 10);
                    if (slot >= 0 && slot < bySlot.length) {
                        bySlot[slot] = colon + 1 == end ? Double.NaN : fraction(fractions, colon + 1, end) * points[slot];
                    }
                    start = end + 1;
                }
            }
            double[] marks = new double[positions.length];
            for (int slot = 0; slot < bySlot.length; slot++) {
                marks[indexOfSlot[slot]] = bySlot[slot];
            }
            return marks;
        }

        private static double fraction(String text, int from, int to) {
            if (to - from == 1 && text.charAt(from) == '0') {
                return 0;
            }
            if (to - from == 1 && text.charAt(from) == '1') {
                return 1;
            }
            return Double.parseDouble(text.substring(from, to));
        }

        /** Adds this layout's max points, and its versions where no earlier attempt's are, to the whole assignment's. */
        void note(Map<Integer, Double> maxMarks, Map<Integer, QuestionKey> first, Set<Integer> mixed) {
            for (int slot = 0; slot < keys.length; slot++) {
                int position = positions[indexOfSlot[slot]];
                maxMarks.merge(position, points[slot], Math::max);
                QuestionKey before = first.putIfAbsent(position, keys[slot]);
                if (before != null && before.questionId() != keys[slot].questionId()) {
                    mixed.add(position);
                }
            }
        }
    }

    private static double[] aligned(Parsed parsed, int[] all) {
        double[] marks = new double[all.length];
        Arrays.fill(marks, Double.NaN);
        for (int i = 0; i < parsed.layout.positions.length; i++) {
            marks[Arrays.binarySearch(all, parsed.layout.positions[i])] = parsed.marks[i];
        }
        return marks;
    }
}

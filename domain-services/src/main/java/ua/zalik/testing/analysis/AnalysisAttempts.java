package ua.zalik.testing.analysis;

import ua.zalik.testing.AttemptSelection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which attempts an item analysis looks at, like Moodle's "attempts to analyse" setting. */
public final class AnalysisAttempts {

    /** A finished attempt with its student, its number among that student's attempts, total and per-slot marks. */
    public record StudentAttempt(long studentId, long attemptId, int attemptNumber, double total, List<Double> marks) {
    }

    private AnalysisAttempts() {
    }

    /** The chosen attempts in the order the students first appear in {@code attempts}. */
    public static List<AttemptMarks> select(List<StudentAttempt> attempts, AttemptSelection selection) {
        if (selection == AttemptSelection.ALL) {
            return attempts.stream().map(AnalysisAttempts::marks).toList();
        }
        Map<Long, StudentAttempt> chosen = new LinkedHashMap<>();
        for (StudentAttempt attempt : attempts) {
            chosen.merge(attempt.studentId(), attempt, (kept, other) -> better(kept, other, selection) ? kept : other);
        }
        List<AttemptMarks> result = new ArrayList<>(chosen.size());
        chosen.values().forEach(attempt -> result.add(marks(attempt)));
        return result;
    }

    private static boolean better(StudentAttempt kept, StudentAttempt other, AttemptSelection selection) {
        return switch (selection) {
            case FIRST -> kept.attemptNumber() <= other.attemptNumber();
            case LAST -> kept.attemptNumber() >= other.attemptNumber();
            case HIGHEST -> kept.total() > other.total()
                    || kept.total() == other.total() && kept.attemptNumber() <= other.attemptNumber();
            case ALL -> throw new IllegalStateException("all attempts are kept");
        };
    }

    private static AttemptMarks marks(StudentAttempt attempt) {
        return new AttemptMarks(attempt.attemptId(), attempt.marks());
    }
}

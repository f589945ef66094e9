package ua.zalik.testing.analysis;

import org.junit.jupiter.api.Test;
import ua.zalik.testing.AttemptSelection;
import ua.zalik.testing.analysis.AnalysisAttempts.StudentAttempt;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisAttemptsTests {

    // student 1: attempts 1 (total 3), 2 (total 5), 3 (total 5); student 2: attempts 2 (total 4) and 1 (total 1)
    private static final List<StudentAttempt> ATTEMPTS = List.of(
            new StudentAttempt(1, 11, 1, 3, List.of(3.0)),
            new StudentAttempt(2, 22, 2, 4, List.of(4.0)),
            new StudentAttempt(1, 12, 2, 5, List.of(5.0)),
            new StudentAttempt(2, 21, 1, 1, List.of(1.0)),
            new StudentAttempt(1, 13, 3, 5, List.of(5.0)));

    private static List<Long> ids(AttemptSelection selection) {
        return AnalysisAttempts.select(ATTEMPTS, selection).stream().map(AttemptMarks::attemptId).toList();
    }

    @Test
    void firstTakesEachStudentsLowestAttemptNumber() {
        assertThat(ids(AttemptSelection.FIRST)).containsExactly(11L, 21L);
    }

    @Test
    void lastTakesEachStudentsHighestAttemptNumber() {
        assertThat(ids(AttemptSelection.LAST)).containsExactly(13L, 22L);
    }

    @Test
    void highestTakesTheBestTotalAndTheEarlierOfEqualOnes() {
        assertThat(ids(AttemptSelection.HIGHEST)).containsExactly(12L, 22L);
    }

    @Test
    void allKeepsEveryAttemptWithItsMarks() {
        assertThat(ids(AttemptSelection.ALL)).containsExactly(11L, 22L, 12L, 21L, 13L);
        assertThat(AnalysisAttempts.select(ATTEMPTS, AttemptSelection.ALL).get(1).marks()).containsExactly(4.0);
    }
}

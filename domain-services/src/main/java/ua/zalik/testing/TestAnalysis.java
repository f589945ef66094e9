package ua.zalik.testing;

import ua.zalik.testing.analysis.ItemStatistics;
import ua.zalik.testing.analysis.TestStatistics;

import java.util.List;

/**
 * Item analysis (Moodle's quiz statistics) of one assignment, or of every assignment of a test the caller manages
 * ({@code assignmentId} null): the test's figures and, per question position, the question's name (null where students
 * got different questions there) with its figures and flags. Attempts still waiting for a teacher's grade are left out,
 * as Moodle leaves out attempts without a total; {@code waitingForGrading} counts them.
 */
public record TestAnalysis(Long assignmentId, long testId, AttemptSelection attempts, int waitingForGrading, TestStatistics test,
                           List<QuestionStatistics> questions) {

    public TestAnalysis {
        questions = List.copyOf(questions);
    }

    /** How many attempts the figures cover. */
    public int analysed() {
        return test.attempts();
    }

    /** The mean total in marks, out of {@link #maxTotal()}; null without attempts. */
    public Double meanTotal() {
        return test.mean();
    }

    public double maxTotal() {
        return test.maxTotal();
    }

    /** {@code position} is the question's place in the test before shuffling, from 0, like the results table's columns. */
    public record QuestionStatistics(int position, String name, ItemStatistics statistics) {

        /** A fraction of the question's marks (0.6 is 60%); null without attempts. */
        public Double facility() {
            return statistics.facility();
        }

        /** Moodle's discrimination index, a percent; null where there is no spread. */
        public Double discriminationIndex() {
            return statistics.discriminationIndex();
        }

        /** The flags' names ({@code NEGATIVE_DISCRIMINATION}, {@code VERY_HARD}, {@code VERY_EASY}), in declaration order. */
        public List<String> flagNames() {
            return statistics.flags().stream().map(Enum::name).toList();
        }
    }
}

package ua.zalik.testing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an attempt froze when it started, in the order the student sees it, and whether it goes question by question
 * ({@link Navigation#SEQUENTIAL}; absent in layouts frozen before navigation existed, which are free). {@code position} is the question's place in
 * the test before shuffling (the column of the results table); {@code order} lists stored indexes of options (choice),
 * answers (matching) or items (ordering) in the order shown.
 */
record Layout(List<Entry> slots, boolean sequential) {

    record Entry(int position, long questionId, int version, BigDecimal points, List<Integer> order) {

        QuestionKey key() {
            return new QuestionKey(questionId, version);
        }
    }
}

package ua.zalik.testing;

import java.time.Instant;
import java.util.List;

/**
 * One test given to several classes at once (one assignment per class), due at {@code dueAt}. A time limit or a number
 * of attempts other than the test's (null: the test's) becomes an override for every recipient.
 */
public record NewClassAssignment(long testId, List<Long> classIds, Instant dueAt, Integer timeLimitMinutes,
                                 Integer attemptsAllowed) {

    public NewClassAssignment {
        classIds = classIds == null ? List.of() : List.copyOf(classIds);
    }
}

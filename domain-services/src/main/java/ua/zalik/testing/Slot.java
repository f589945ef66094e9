package ua.zalik.testing;

import ua.zalik.kernel.InvalidInputException;

import java.math.BigDecimal;

/**
 * One slot of a test: a fixed question, or {@code count} random questions of a category. {@code points} per question
 * overrides the questions' own points when given.
 */
public record Slot(Long questionId, Long categoryId, int count, BigDecimal points) {

    public Slot {
        if ((questionId == null) == (categoryId == null)) {
            throw new InvalidInputException("a slot holds either a question or a category");
        }
        count = questionId != null ? 1 : count;
        if (count < 1 || count > 100) {
            throw new InvalidInputException("a slot picks between 1 and 100 questions");
        }
        if (points != null && points.signum() <= 0) {
            throw new InvalidInputException("a slot's points must be above 0");
        }
    }

    public static Slot fixed(long questionId) {
        return new Slot(questionId, null, 1, null);
    }

    public static Slot random(long categoryId, int count) {
        return new Slot(null, categoryId, count, null);
    }
}

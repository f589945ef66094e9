package ua.zalik.testing;

import ua.zalik.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question as its author writes it, before it is stored (dashboard editor, chat, GIFT/Aiken/Moodle XML import)
 * and as it is exported. {@code text} and feedback are plain text; {@code generalFeedback} may be null.
 */
public record QuestionDraft(String name, String text, QuestionBody body, String generalFeedback, BigDecimal points,
                            List<String> tags) {

    public QuestionDraft {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("a question needs text");
        }
        if (body == null) {
            throw new InvalidInputException("a question needs a type and its answers");
        }
        name = name == null || name.isBlank() ? abbreviate(text) : name.strip();
        points = points == null ? BigDecimal.ONE : points;
        if (points.signum() <= 0) {
            throw new InvalidInputException("a question's points must be above 0");
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public QuestionType type() {
        return body.type();
    }

    private static String abbreviate(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }
}

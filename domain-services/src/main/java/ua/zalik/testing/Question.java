package ua.zalik.testing;

import java.math.BigDecimal;
import java.util.List;

/** A question as its author sees it: the current version, answers, fractions and feedback included. Never for students. */
public record Question(long id, long categoryId, long ownerId, int version, String name, String text, QuestionBody body,
                       String generalFeedback, BigDecimal points, List<String> tags, boolean hasImage) {

    public QuestionType type() {
        return body.type();
    }

    public QuestionDraft toDraft() {
        return new QuestionDraft(name, text, body, generalFeedback, points, tags);
    }
}

package ua.zalik.testing;

import java.math.BigDecimal;
import java.util.List;

/** Drafts for tests: one per type, right answers known. */
final class Questions {

    private Questions() {
    }

    /** Options "right", "wrong", "also wrong"; option 0 is right. */
    static QuestionDraft single(String text) {
        return new QuestionDraft(null, text, new QuestionBody.SingleChoice(List.of(
                new QuestionBody.Choice("right", 1.0, "well done"), new QuestionBody.Choice("wrong", 0.0, "no"),
                new QuestionBody.Choice("also wrong", 0.0, "no"))), "general", null, List.of("capitals"));
    }

    static QuestionDraft numeric(String text, String answer) {
        return new QuestionDraft(null, text, new QuestionBody.Numeric(List.of(
                new QuestionBody.NumericAnswer(new BigDecimal(answer), BigDecimal.ZERO, 1.0, "yes"))), null, null, List.of("algebra"));
    }

    static QuestionDraft essay(String text) {
        return new QuestionDraft(null, text, new QuestionBody.Essay("a thesis and two arguments"), null, new BigDecimal("4"), null);
    }
}

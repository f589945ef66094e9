package ua.zalik.testing.exchange;

import ua.zalik.testing.QuestionDraft;

import java.util.List;

/** A question to write to a GIFT or Moodle XML file, with its category path (names from the top down; may be empty). */
public record ExportedQuestion(QuestionDraft draft, List<String> category) {

    public ExportedQuestion {
        if (draft == null) {
            throw new IllegalArgumentException("an exported question needs a draft");
        }
        category = category == null ? List.of() : List.copyOf(category);
    }

    public ExportedQuestion(QuestionDraft draft) {
        this(draft, List.of());
    }
}

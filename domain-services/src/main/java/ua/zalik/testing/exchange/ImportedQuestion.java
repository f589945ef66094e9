package ua.zalik.testing.exchange;

import ua.zalik.testing.QuestionDraft;

import java.util.List;

/**
 * One question read from a GIFT, Aiken or Moodle XML file: the draft, the category path it was filed under
 * (names from the top down, without Moodle's {@code $course$/top} prefix; empty when none) and its first line.
 */
public record ImportedQuestion(QuestionDraft draft, List<String> category, int line) {

    public ImportedQuestion {
        category = category == null ? List.of() : List.copyOf(category);
    }
}

package ua.zalik.testing.exchange;

import java.util.List;

/**
 * Moodle's GIFT text format (docs.moodle.org/en/GIFT_format): choice, true/false, short answer, numeric, matching,
 * missing word and essay questions, {@code $CATEGORY:} lines and {@code // [tag:x]} comments.
 * GIFT carries no points (imported questions are worth 1) and no ordering type (the writer leaves a comment instead).
 */
public final class GiftFormat {

    private GiftFormat() {
    }

    /** @throws ua.zalik.kernel.InvalidInputException naming the line of every problem; nothing is imported then */
    public static List<ImportedQuestion> read(String text) {
        return new GiftReader().read(text);
    }

    public static String write(List<ExportedQuestion> questions) {
        return GiftWriter.write(questions);
    }
}

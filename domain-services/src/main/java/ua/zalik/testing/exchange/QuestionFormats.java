package ua.zalik.testing.exchange;

import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.QuestionFormat;

import java.util.List;

/** Reads and writes questions in each {@link QuestionFormat}. */
public final class QuestionFormats {

    private QuestionFormats() {
    }

    /** @throws ua.zalik.testing.QuestionFileRejected naming the line of every problem; nothing is imported then */
    public static List<ImportedQuestion> read(QuestionFormat format, String text) {
        return switch (format) {
            case GIFT -> GiftFormat.read(text);
            case AIKEN -> AikenFormat.read(text);
            case MOODLE_XML -> MoodleXmlFormat.read(text);
        };
    }

    /** The format's name as its files' problems say it: GIFT, Aiken, Moodle XML. */
    public static String name(QuestionFormat format) {
        return switch (format) {
            case GIFT -> "GIFT";
            case AIKEN -> "Aiken";
            case MOODLE_XML -> "Moodle XML";
        };
    }

    /** @throws InvalidInputException for Aiken, which Zalik only imports */
    public static String write(QuestionFormat format, List<ExportedQuestion> questions) {
        return switch (format) {
            case GIFT -> GiftFormat.write(questions);
            case MOODLE_XML -> MoodleXmlFormat.write(questions);
            case AIKEN -> throw new InvalidInputException("questions can be exported as GIFT or Moodle XML, not Aiken");
        };
    }
}

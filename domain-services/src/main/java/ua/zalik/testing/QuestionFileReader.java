package ua.zalik.testing;

import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.exchange.ImportedQuestion;
import ua.zalik.testing.exchange.QuestionFormat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Picks a question file's format from its name (and, for .txt, its content) and reads its questions. */
final class QuestionFileReader {

    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?im)^\\s*ANSWER\\s*:\\s*[A-Z]\\s*$");

    private QuestionFileReader() {
    }

    /** @throws InvalidInputException for an unknown extension, or naming the line of every problem */
    static List<ImportedQuestion> read(String fileName, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        QuestionFormat format;
        if (name.endsWith(".xml")) {
            format = QuestionFormat.MOODLE_XML;
        } else if (name.endsWith(".gift")) {
            format = QuestionFormat.GIFT;
        } else if (name.endsWith(".txt")) {
            format = !content.contains("{") && AIKEN_ANSWER.matcher(content).find() ? QuestionFormat.AIKEN : QuestionFormat.GIFT;
        } else {
            throw new InvalidInputException("questions are imported from .gift, .txt (GIFT or Aiken) or .xml (Moodle XML) files");
        }
        return format.read(content);
    }
}

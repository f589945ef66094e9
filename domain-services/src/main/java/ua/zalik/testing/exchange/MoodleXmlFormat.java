package ua.zalik.testing.exchange;

import java.util.List;

/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format): {@code <quiz>} of {@code <question type="...">} for multichoice,
 * truefalse, shortanswer, numerical, matching, ordering and essay, with category questions, feedback, default
 * grades and tags. HTML texts are reduced to plain text on import; the writer writes plain_text.
 */
public final class MoodleXmlFormat {

    private MoodleXmlFormat() {
    }

    /** @throws ua.zalik.kernel.InvalidInputException naming the line of every problem; nothing is imported then */
    public static List<ImportedQuestion> read(String xml) {
        return MoodleXmlReader.read(xml);
    }

    public static String write(List<ExportedQuestion> questions) {
        return MoodleXmlWriter.write(questions);
    }
}

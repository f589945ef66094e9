package ua.zalik.testing.exchange;

import ua.zalik.kernel.InvalidInputException;

import java.util.List;

/** The question file formats, for a facade or controller that takes the format as a parameter. */
public enum QuestionFormat {
    GIFT("txt", "text/plain"),
    AIKEN("txt", "text/plain"),
    MOODLE_XML("xml", "application/xml");

    private final String fileExtension;
    private final String mediaType;

    QuestionFormat(String fileExtension, String mediaType) {
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /** @throws InvalidInputException naming the line of every problem; nothing is imported then */
    public List<ImportedQuestion> read(String text) {
        return switch (this) {
            case GIFT -> GiftFormat.read(text);
            case AIKEN -> AikenFormat.read(text);
            case MOODLE_XML -> MoodleXmlFormat.read(text);
        };
    }

    public boolean writable() {
        return this != AIKEN;
    }

    /** @throws InvalidInputException for Aiken, which Zalik only imports */
    public String write(List<ExportedQuestion> questions) {
        return switch (this) {
            case GIFT -> GiftFormat.write(questions);
            case MOODLE_XML -> MoodleXmlFormat.write(questions);
            case AIKEN -> throw new InvalidInputException("questions can be exported as GIFT or Moodle XML, not Aiken");
        };
    }

    public String fileExtension() {
        return fileExtension;
    }

    /** Without a charset: the files are UTF-8, say so in the response's Content-Type. */
    public String mediaType() {
        return mediaType;
    }
}

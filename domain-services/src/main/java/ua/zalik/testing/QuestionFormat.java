package ua.zalik.testing;

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

    /** Zalik writes GIFT and Moodle XML; Aiken it only reads. */
    public boolean writable() {
        return this != AIKEN;
    }

    public String fileExtension() {
        return fileExtension;
    }

    /** Without a charset: the files are UTF-8, say so in the response's Content-Type. */
    public String mediaType() {
        return mediaType;
    }
}

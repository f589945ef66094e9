package ua.zalik.testing;

/** What importing a question file did: {@code imported} questions, or none and the file's {@code problems} by line. */
public record FileImport(int imported, String problems) {

    public boolean succeeded() {
        return problems == null;
    }
}

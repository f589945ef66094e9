package ua.zalik.testing;

/** What importing a question file did: {@code imported} questions, or none and why ({@code failure}, by line). */
public record FileImport(int imported, ImportFailure failure) {

    public boolean succeeded() {
        return failure == null;
    }
}

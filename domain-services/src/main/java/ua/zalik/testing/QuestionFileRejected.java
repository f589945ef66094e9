package ua.zalik.testing;

import ua.zalik.kernel.InvalidInputException;

/** A question file that was not imported; its message is the English text, {@link #failure()} the data to say it again. */
public class QuestionFileRejected extends InvalidInputException {

    private final transient ImportFailure failure;

    public QuestionFileRejected(ImportFailure failure) {
        super(failure.inEnglish());
        this.failure = failure;
    }

    public ImportFailure failure() {
        return failure;
    }
}

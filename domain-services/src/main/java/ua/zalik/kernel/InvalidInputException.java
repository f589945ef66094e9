package ua.zalik.kernel;

/** The request is well-formed but its values make no sense. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String detail) {
        super(detail);
    }
}

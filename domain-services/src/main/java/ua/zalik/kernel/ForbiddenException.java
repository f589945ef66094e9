package ua.zalik.kernel;

/** The caller may not do this to an object it can see. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}

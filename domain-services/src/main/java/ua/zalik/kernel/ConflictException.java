package ua.zalik.kernel;

/** The change clashes with what exists (a duplicate, a used-up invite, a state that moved on). */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}

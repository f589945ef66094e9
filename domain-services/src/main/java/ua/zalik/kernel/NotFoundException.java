package ua.zalik.kernel;

/** A requested object does not exist, or belongs to another school. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}

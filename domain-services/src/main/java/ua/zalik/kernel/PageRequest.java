package ua.zalik.kernel;

/** A page of a list: zero-based, at most 200 rows. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** A long: a far page of a large size must not overflow into a negative offset. */
    public long offset() {
        return (long) page * size;
    }
}

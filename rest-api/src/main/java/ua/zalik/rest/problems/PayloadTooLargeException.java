package ua.zalik.rest.problems;

import java.io.IOException;

/** Thrown while reading a request body past the limit; answered with 413. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("the request body is larger than " + (limit / 1024) + " KiB");
    }

    static PayloadTooLargeException in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}

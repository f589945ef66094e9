package ua.zalik.testing;

import ua.zalik.kernel.InvalidInputException;

final class Texts {

    private Texts() {
    }

    static String require(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(what + " must not be empty");
        }
        if (value.length() > max) {
            throw new InvalidInputException(what + " must be at most " + max + " characters");
        }
        requireNoNul(value, what);
        return value.strip();
    }

    /** PostgreSQL stores no NUL character in text or jsonb; refused here it is a 400, not a failed insert. */
    static String requireNoNul(String value, String what) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new InvalidInputException(what + " must not contain a NUL character");
        }
        return value;
    }

    /** The same for JSON, where Jackson writes NUL as the escape PostgreSQL's jsonb refuses. */
    static String requireNoNulInJson(String json, String what) {
        if (json.contains("\\u0000")) {
            throw new InvalidInputException(what + " must not contain a NUL character");
        }
        return json;
    }
}

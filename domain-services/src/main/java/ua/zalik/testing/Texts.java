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
        return value.strip();
    }
}

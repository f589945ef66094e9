package ua.zalik.dialogs.engine;

import java.security.SecureRandom;

/** Callback data: 10 random base-62 characters, meaningless without the chat's stored context. */
final class Tokens {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 10;

    private Tokens() {
    }

    static String next() {
        char[] token = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            token[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(token);
    }
}

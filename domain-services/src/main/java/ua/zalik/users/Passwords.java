package ua.zalik.users;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;
import ua.zalik.kernel.InvalidInputException;

/** Argon2id, 19 MiB of memory, 2 iterations, parallelism 1 (OWASP's minimum recommendation). */
@Component
class Passwords {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    private static final int MIN_LENGTH = 8;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS);
    // verified against when the email is unknown, so that a miss costs as much time as a hit
    private final String decoy = encoder.encode("decoy-password-never-used");

    String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > 200) {
            throw new InvalidInputException("password must have at most 200 characters");
        }
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash == null ? decoy : hash) && hash != null;
    }
}

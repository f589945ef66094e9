package ua.zalik.rest.auth;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * After five failed logins for an account or from an address, each further failure locks it for twice as long
 * as the one before (1 s, 2 s, 4 s … at most 15 minutes). A success clears the account's count.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final AuthMapper mapper;

    LoginThrottle(AuthMapper mapper) {
        this.mapper = mapper;
    }

    /** How long the caller must wait before trying again, if at all. */
    @Transactional(readOnly = true)
    Optional<Duration> wait(String email, String address) {
        return keys(email, address)
                .map(mapper::blockedUntil)
                .filter(until -> until != null)
                .max(Instant::compareTo)
                .map(until -> Duration.between(Instant.now(), until))
                .filter(d -> !d.isNegative());
    }

    @Transactional
    void failed(String email, String address) {
        keys(email, address).forEach(key -> {
            int failures = mapper.countFailure(key);
            if (failures >= FREE_FAILURES) {
                mapper.block(key, Instant.now().plus(delay(failures)));
            }
        });
    }

    @Transactional
    void succeeded(String email) {
        mapper.clearFailures(accountKey(email));
    }

    static Duration delay(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static Stream<String> keys(String email, String address) {
        return Stream.of(accountKey(email), "ip:" + address);
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }
}

package ua.zalik.rest.auth;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Server sessions in PostgreSQL, so any instance serves any user; a stolen table yields no usable token. */
@Component
class Sessions {

    static final Duration LIFETIME = Duration.ofHours(12);
    private static final Duration TOUCH_AFTER = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthMapper mapper;

    Sessions(AuthMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    String open(long accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        mapper.insertSession(hash(token), accountId, Instant.now().plus(LIFETIME));
        return token;
    }

    /** The account of a live session; sliding: a session in use is extended, at most once per five minutes. */
    @Transactional
    Optional<Long> accountOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = hash(token);
        StoredSession session = mapper.findSession(hash);
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastSeenAt().isBefore(Instant.now().minus(TOUCH_AFTER))) {
            mapper.touchSession(hash, Instant.now().plus(LIFETIME));
        }
        return Optional.of(session.accountId());
    }

    @Transactional
    void close(String token) {
        if (token != null) {
            mapper.deleteSession(hash(token));
        }
    }

    @Scheduled(fixedDelayString = "1h")
    @Transactional
    void purgeExpired() {
        mapper.deleteExpiredSessions();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package ua.zalik.rest.auth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks the Telegram Login Widget's data as Telegram documents it: HMAC-SHA256 of the data-check-string (the received
 * fields but hash, sorted, as key=value lines) with SHA-256 of the bot token as the key, and a fresh auth_date.
 * Off without a real bot token: the local sandbox's fake token signs nothing a browser could get from Telegram.
 */
@Component
public class TelegramLogin {

    enum Outcome { VERIFIED, WRONG_HASH, STALE, FROM_THE_FUTURE }

    record Verdict(Outcome outcome, long telegramUserId) {
    }

    private final byte[] secretKey;
    private final String botUsername;
    private final TelegramLoginProperties properties;
    private final Clock clock;

    TelegramLogin(@Value("${zalik.telegram.token:}") String token, @Value("${zalik.sandbox.running:false}") boolean sandbox,
                  @Value("${zalik.telegram.username:ZalikBot}") String botUsername, TelegramLoginProperties properties,
                  Clock clock) {
        boolean on = token != null && !token.isBlank() && !sandbox;
        this.secretKey = on ? sha256(token) : null;
        this.botUsername = on ? botUsername : null;
        this.properties = properties;
        this.clock = clock;
    }

    /** The bot the widget must name, when Telegram login is on. */
    public Optional<String> botUsername() {
        return Optional.ofNullable(botUsername);
    }

    /** The widget's fields as strings; id, auth_date and hash are there (the caller checked their form). */
    Verdict verify(Map<String, String> fields) {
        if (secretKey == null) {
            throw new IllegalStateException("Telegram login is off");
        }
        String dataCheckString = new TreeMap<>(fields).entrySet().stream()
                .filter(e -> !e.getKey().equals("hash"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        byte[] expected = hmac(dataCheckString);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(fields.get("hash"));
        } catch (IllegalArgumentException e) {
            given = new byte[0];
        }
        long userId = Long.parseLong(fields.get("id"));
        if (!MessageDigest.isEqual(expected, given)) {
            return new Verdict(Outcome.WRONG_HASH, userId);
        }
        Instant authDate = Instant.ofEpochSecond(Long.parseLong(fields.get("auth_date")));
        Instant now = clock.instant();
        if (authDate.isAfter(now.plus(properties.clockSkew()))) {
            return new Verdict(Outcome.FROM_THE_FUTURE, userId);
        }
        if (authDate.isBefore(now.minus(properties.maxAge()))) {
            return new Verdict(Outcome.STALE, userId);
        }
        return new Verdict(Outcome.VERIFIED, userId);
    }

    private byte[] hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

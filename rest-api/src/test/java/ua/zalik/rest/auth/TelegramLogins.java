package ua.zalik.rest.auth;

import java.time.Clock;
import java.time.Duration;

/** A TelegramLogin outside the Spring context, for tests of what depends on whether it is on. */
public final class TelegramLogins {

    private TelegramLogins() {
    }

    public static TelegramLogin login(String token, boolean sandbox, String botUsername) {
        return new TelegramLogin(token, sandbox, botUsername,
                new TelegramLoginProperties(Duration.ofHours(24), Duration.ofMinutes(1)), Clock.systemUTC());
    }
}

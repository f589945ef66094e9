package ua.zalik.bot.fakeapi;

import java.time.Duration;

/** How the fake server behaves: its token, the limits it enforces with 429, and its webhook retries. */
public record FakeOptions(String token, String botUsername, int globalPerSecond, int privatePerSecond,
                          int privateBurst, int groupPerMinute, int webhookMaxAttempts, Duration webhookRetryDelay) {

    /** Telegram's published limits, with a small burst per private chat. */
    public static FakeOptions defaults() {
        return new FakeOptions("123456:FAKE-token", "ZalikTestBot", 30, 1, 5, 20, 6, Duration.ofMillis(200));
    }

    public FakeOptions withToken(String newToken) {
        return new FakeOptions(newToken, botUsername, globalPerSecond, privatePerSecond, privateBurst, groupPerMinute,
                webhookMaxAttempts, webhookRetryDelay);
    }

    public FakeOptions withLimits(int global, int perPrivateChat, int burst, int perGroupPerMinute) {
        return new FakeOptions(token, botUsername, global, perPrivateChat, burst, perGroupPerMinute,
                webhookMaxAttempts, webhookRetryDelay);
    }

    public FakeOptions withWebhookRetries(int maxAttempts, Duration delay) {
        return new FakeOptions(token, botUsername, globalPerSecond, privatePerSecond, privateBurst, groupPerMinute,
                maxAttempts, delay);
    }
}

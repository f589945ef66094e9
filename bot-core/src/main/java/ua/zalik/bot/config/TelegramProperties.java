package ua.zalik.bot.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * The bot's Telegram settings (env: TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, TELEGRAM_MODE, TELEGRAM_WEBHOOK_URL,
 * TELEGRAM_WEBHOOK_SECRET, TELEGRAM_BOT_USERNAME). Without a token the bot is off and nothing calls Telegram.
 */
@Validated
@ConfigurationProperties("zalik.telegram")
public record TelegramProperties(
        String token,
        @NotBlank @DefaultValue("https://api.telegram.org") String apiUrl,
        @NotNull @DefaultValue("polling") Mode mode,
        @Valid @DefaultValue Webhook webhook,
        @DefaultValue("ZalikBot") String username,
        @Valid @DefaultValue RateLimits rateLimits,
        @Valid @DefaultValue Retry retry,
        @Valid @DefaultValue Intake intake) {

    public enum Mode { POLLING, WEBHOOK }

    /** Telegram accepts a secret of 1-256 characters A-Z, a-z, 0-9, _ and -. */
    public record Webhook(String url, String secret, @NotBlank @DefaultValue("/telegram/webhook") String path) {
    }

    /** Ours are a little under Telegram's (30/s overall, about 1/s per chat, 20/min per group). */
    public record RateLimits(
            @Positive @DefaultValue("25") int globalPerSecond,
            @Positive @DefaultValue("1") int privatePerSecond,
            @Positive @DefaultValue("3") int privateBurst,
            @Positive @DefaultValue("20") int groupPerMinute,
            @Min(0) @DefaultValue("5") int interactiveReserve) {
    }

    public record Retry(
            @Positive @DefaultValue("5") int maxAttempts,
            @NotNull @DefaultValue("200ms") Duration initialBackoff,
            @NotNull @DefaultValue("5s") Duration maxBackoff,
            @Positive @DefaultValue("10") int maxRateLimitWaits,
            @Positive @DefaultValue("20971520") long maxDownloadBytes) {
    }

    /**
     * How many accepted updates may wait for their chat's turn before intake makes the caller wait; how long an
     * accepted update may stay unhandled before another instance replays it (far above a normal turn), how often
     * that is checked, and how many replays an update gets.
     */
    public record Intake(@Positive @DefaultValue("10000") int maxPendingUpdates,
                         @NotNull @DefaultValue("48h") Duration keepUpdateIds,
                         @NotNull @DefaultValue("60s") Duration replayAfter,
                         @NotNull @DefaultValue("5s") Duration recoveryEvery,
                         @Positive @DefaultValue("3") int maxReplays) {
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @AssertTrue(message = "TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_URL and a TELEGRAM_WEBHOOK_SECRET of 1-256 [A-Za-z0-9_-]")
    public boolean isWebhookConfigured() {
        if (!enabled() || mode != Mode.WEBHOOK) {
            return true;
        }
        return webhook.url() != null && !webhook.url().isBlank()
                && webhook.secret() != null && webhook.secret().matches("[A-Za-z0-9_-]{1,256}");
    }

    @AssertTrue(message = "TELEGRAM_API_URL must be an http(s) URL")
    public boolean isApiUrlValid() {
        try {
            URI uri = URI.create(apiUrl);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package ua.zalik.dialogs.engine;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The chat outbox: how long a turn's replies belong to the instance sending them before a sweep elsewhere may send
 * them again (far above a normal send, rate-limit waits included), how often the sweep looks, how many times a reply
 * is tried before it is dropped, and how many rows one sweep takes.
 */
@Validated
@ConfigurationProperties("zalik.dialogs.outbox")
public record OutboxProperties(@NotNull @DefaultValue("60s") Duration resendAfter,
                               @NotNull @DefaultValue("5s") Duration sweepEvery,
                               @Positive @DefaultValue("3") int maxAttempts,
                               @Positive @DefaultValue("200") int batch) {
}

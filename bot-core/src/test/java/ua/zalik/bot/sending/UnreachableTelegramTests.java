package ua.zalik.bot.sending;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import ua.zalik.bot.config.ChatLogIds;
import ua.zalik.bot.config.TelegramProperties;
import ua.zalik.embedded.FreePorts;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram out of reach (nothing listens where the Bot API should be): every call, those outside a chat included, ends
 * as a failure the caller can read, never an exception. Start-up registers the webhook or removes it with such calls,
 * so an instance starting while Telegram is away still starts.
 */
class UnreachableTelegramTests {

    private static final TelegramProperties.RateLimits LIMITS = new TelegramProperties.RateLimits(100, 10, 10, 20, 0);
    private static final TelegramProperties.Retry RETRY =
            new TelegramProperties.Retry(2, Duration.ofMillis(10), Duration.ofMillis(20), 10, 1_000_000);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Sender sender = unreachable();

    @Test
    void callsOutsideAChatFailQuietly() {
        assertThat(sender.deleteWebhook()).isFalse();
        assertThat(sender.setWebhook("https://example.org/telegram/webhook", "s3cret", List.of("message"))).isFalse();
        assertThat(sender.setCommands("en", List.of())).isFalse();
        assertThat(meters.counter("zalik.telegram.sends", "method", "deleteWebhook", "outcome", "failed").count())
                .isEqualTo(1);
    }

    @Test
    void aMessageToAChatFailsAsAnOutcome() {
        assertThat(sender.send(OutgoingMessage.reply(42, "hello")).outcome()).isEqualTo(SentMessage.Outcome.FAILED);
    }

    private Sender unreachable() {
        int port = FreePorts.find();
        var client = new OkHttpTelegramClient("123:TEST", new TelegramUrl("http", "127.0.0.1", port, false));
        var calls = new TelegramCalls(new Throttle(new LocalRateLimiter(), LIMITS), RETRY, event -> { }, meters,
                new ChatLogIds("test-token"));
        return new Sender(client, calls, new FileDownloads("http://127.0.0.1:" + port, "123:TEST", 1_000_000));
    }
}

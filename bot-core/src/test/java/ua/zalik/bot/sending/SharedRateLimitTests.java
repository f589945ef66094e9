package ua.zalik.bot.sending;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import ua.zalik.bot.config.TelegramProperties;
import ua.zalik.bot.fakeapi.FakeBotApi;
import ua.zalik.bot.fakeapi.FakeCall;
import ua.zalik.bot.fakeapi.FakeOptions;
import ua.zalik.embedded.EmbeddedRedisServer;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Two Sender instances, as on two servers, writing to one chat: Redis makes them keep one limit together. */
class SharedRateLimitTests {

    // ours: 1/s with a burst of 2 per private chat; the fake lets 2/s through, so only a doubled rate trips it
    private static final TelegramProperties.RateLimits LIMITS = new TelegramProperties.RateLimits(100, 1, 2, 20, 0);
    private static final TelegramProperties.Retry RETRY =
            new TelegramProperties.Retry(5, Duration.ofMillis(20), Duration.ofMillis(200), 10, 1_000_000);

    private final FakeBotApi fake = FakeBotApi.start(FakeOptions.defaults().withLimits(100, 2, 2, 20));
    private final List<AutoCloseable> limiters = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable limiter : limiters) {
            limiter.close();
        }
        fake.close();
    }

    @Test
    void twoSendersSharingRedisNeverExceedTheChatLimitTogether() throws Exception {
        String redis = EmbeddedRedisServer.url();
        long chat = 700_000_000L + Math.floorMod(System.nanoTime(), 1_000_000L);

        sendThreeEach(chat, () -> new RedisRateLimiter(redis));

        assertThat(fake.messagesTo(chat)).hasSize(6);
        assertThat(statuses(chat)).containsOnly(200);
    }

    @Test
    void withoutRedisEachSenderKeepsOnlyItsOwnLimitAndTelegramPushesBack() throws Exception {
        long chat = 710_000_000L + Math.floorMod(System.nanoTime(), 1_000_000L);

        sendThreeEach(chat, LocalRateLimiter::new);

        assertThat(fake.messagesTo(chat)).hasSize(6);
        assertThat(statuses(chat)).contains(429);
    }

    private void sendThreeEach(long chat, Supplier<RateLimiter> limiterPerInstance) throws Exception {
        List<Sender> senders = List.of(sender(limiterPerInstance.get()), sender(limiterPerInstance.get()));
        List<Future<Long>> delivered = new ArrayList<>();
        try (var instances = Executors.newFixedThreadPool(2)) {
            for (Sender sender : senders) {
                delivered.add(instances.submit(() -> IntStream.range(0, 3)
                        .filter(i -> sender.send(OutgoingMessage.reply(chat, "m" + i)).delivered()).count()));
            }
        }
        for (Future<Long> count : delivered) {
            assertThat(count.get()).isEqualTo(3);
        }
    }

    private Sender sender(RateLimiter limiter) {
        if (limiter instanceof AutoCloseable closeable) {
            limiters.add(closeable);
        }
        URI api = URI.create(fake.baseUrl());
        var client = new OkHttpTelegramClient(fake.token(), new TelegramUrl("http", api.getHost(), api.getPort(), false));
        var calls = new TelegramCalls(new Throttle(limiter, LIMITS), RETRY, event -> { }, new SimpleMeterRegistry(),
                new ua.zalik.bot.config.ChatLogIds("test-token"));
        return new Sender(client, calls, new FileDownloads(fake.baseUrl(), fake.token(), 1_000_000));
    }

    private List<Integer> statuses(long chat) {
        return fake.calls().stream().filter(c -> Long.valueOf(chat).equals(c.chatId())).map(FakeCall::status).toList();
    }
}

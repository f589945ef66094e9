package ua.zalik.bot;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.zalik.bot.fakeapi.FakeBotApi;
import ua.zalik.bot.fakeapi.FakeOptions;

import java.util.concurrent.atomic.AtomicLong;

/** One fake Telegram per test JVM and one application context talking to it by long polling. */
@SpringBootTest
public abstract class TelegramTestSupport {

    /** Limits raised in both places so that 200 chats finish quickly; the fake stays a little more lenient. */
    protected static final FakeBotApi FAKE = FakeBotApi.start(FakeOptions.defaults().withLimits(120, 1, 5, 20));

    private static final AtomicLong CHATS = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("zalik.telegram.token", FAKE::token);
        registry.add("zalik.telegram.api-url", FAKE::baseUrl);
        registry.add("zalik.telegram.mode", () -> "polling");
        registry.add("zalik.telegram.rate-limits.global-per-second", () -> "100");
    }

    /** A private chat no other test uses. */
    protected static long newPrivateChat() {
        return CHATS.incrementAndGet();
    }

    protected static long newGroupChat() {
        return -CHATS.incrementAndGet();
    }
}

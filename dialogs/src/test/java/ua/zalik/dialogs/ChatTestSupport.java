package ua.zalik.dialogs;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.zalik.bot.fakeapi.FakeBotApi;
import ua.zalik.bot.fakeapi.FakeCallbackAnswer;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.fakeapi.FakeOptions;
import ua.zalik.bot.fakeapi.FakeUser;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * One fake Telegram per test JVM and one application context (real intake by long polling, Sender, dialogs, domain,
 * PostgreSQL) talking to it: every test class of the module extends this, so they all share the context.
 */
@SpringBootTest
public abstract class ChatTestSupport {

    /** Limits raised in both places so that 200 chats finish quickly; the fake stays a little more lenient. */
    protected static final FakeBotApi FAKE = FakeBotApi.start(FakeOptions.defaults().withLimits(120, 1, 5, 20));
    protected static final Duration WAIT = Duration.ofSeconds(30);

    private static final AtomicLong CHATS = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("zalik.telegram.token", FAKE::token);
        registry.add("zalik.telegram.api-url", FAKE::baseUrl);
        registry.add("zalik.telegram.mode", () -> "polling");
        registry.add("zalik.telegram.rate-limits.global-per-second", () -> "100");
    }

    /** A private chat (and its user, same id) no other test uses. */
    protected static long newChat() {
        return CHATS.incrementAndGet();
    }

    /** The user of the chat, speaking Ukrainian, sends a text; returns the first message the bot sends after it. */
    protected static FakeMessage reply(long chat, String text) {
        return reply(chat, FakeUser.of(chat), text);
    }

    protected static FakeMessage reply(long chat, FakeUser user, String text) {
        int before = FAKE.messagesTo(chat).size();
        FAKE.userSends(chat, user, text);
        return FAKE.awaitMessages(chat, before + 1, WAIT).get(before);
    }

    /** Presses the button and waits for the bot to answer the press (it answers every one). */
    protected static FakeCallbackAnswer press(long chat, FakeMessage message, String label) {
        String queryId = FAKE.userPresses(chat, message.messageId(), message.callbackOf(label));
        await(() -> FAKE.callbackAnswers().stream().anyMatch(a -> a.callbackQueryId().equals(queryId)));
        return FAKE.callbackAnswers().stream().filter(a -> a.callbackQueryId().equals(queryId)).findFirst()
                .orElseThrow();
    }

    /** The message as the user sees it now, once the bot has edited it at least {@code edits} times. */
    protected static FakeMessage edited(long chat, int messageId, int edits) {
        await(() -> message(chat, messageId).edits() >= edits);
        return message(chat, messageId);
    }

    protected static FakeMessage message(long chat, int messageId) {
        return FAKE.messagesTo(chat).stream().filter(m -> m.messageId() == messageId).findFirst().orElseThrow();
    }

    protected static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

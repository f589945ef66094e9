package ua.zalik.bench;

import ua.zalik.bot.fakeapi.FakeBotApi;
import ua.zalik.bot.fakeapi.FakeCall;
import ua.zalik.bot.fakeapi.FakeMessage;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Students in the fake Telegram, waiting on what the bot does in their chat (a listener on the fake, not polling):
 * each action returns once the bot has sent or edited a message in that chat.
 */
final class Chats {

    private static final Set<String> VISIBLE = Set.of("sendMessage", "editMessageText", "editMessageReplyMarkup",
            "sendPoll", "sendPhoto", "sendDocument");

    private final FakeBotApi telegram;
    private final Duration patience;
    private final Map<Long, Semaphore> changes = new ConcurrentHashMap<>();

    Chats(FakeBotApi telegram, Duration patience) {
        this.telegram = telegram;
        this.patience = patience;
        telegram.onCall(this::heard);
    }

    private void heard(FakeCall call) {
        if (call.status() == 200 && VISIBLE.contains(call.method()) && call.chatId() != null) {
            changes.computeIfAbsent(call.chatId(), id -> new Semaphore(0)).release();
        }
    }

    /** Forgets what the chat did so far: the next wait is for what comes after this. */
    void settle(long chat) {
        changes.computeIfAbsent(chat, id -> new Semaphore(0)).drainPermits();
    }

    /** Sends a text; returns the bot's last message in the chat after its answer. */
    FakeMessage send(long chat, String text) {
        settle(chat);
        telegram.userSends(chat, text);
        return awaitChange(chat);
    }

    /** Presses a button of the message; returns the chat's last message once the bot changed something. */
    FakeMessage press(long chat, FakeMessage message, String label) {
        settle(chat);
        telegram.userPresses(chat, message.messageId(), message.callbackOf(label));
        return awaitChange(chat);
    }

    /**
     * The chat's first message containing {@code part}, waiting for the chat's next changes until one does: a notice
     * sent on its own (a result notice, say) may arrive before the edit awaited.
     */
    FakeMessage awaitText(long chat, String part) {
        while (true) {
            for (FakeMessage message : telegram.messagesTo(chat)) {
                if (message.text() != null && message.text().contains(part)) {
                    return message;
                }
            }
            awaitChange(chat);
        }
    }

    Duration patience() {
        return patience;
    }

    private FakeMessage awaitChange(long chat) {
        try {
            if (!changes.get(chat).tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("chat " + chat + ": no answer from the bot within " + patience);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<FakeMessage> messages = telegram.messagesTo(chat);
        return messages.getLast();
    }

    static boolean has(FakeMessage message, String label) {
        return message.keyboard().stream().flatMap(List::stream).anyMatch(b -> b.text().equals(label));
    }
}

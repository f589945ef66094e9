package ua.zalik.sandbox;

import ua.zalik.bot.fakeapi.FakeBotApi;
import ua.zalik.bot.fakeapi.FakeCallbackAnswer;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.fakeapi.FakeUser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's side of sandbox chats: what they did goes to the fake Bot API as Telegram updates, and the chat is read
 * back as the bot's messages (from the fake) merged with the user's own (the fake keeps only the bot's).
 */
final class SandboxChats {

    /** Sandbox chat and Telegram user ids: far above the ids tests and real users get, one per account. */
    static final long CHAT_ID_BASE = 7_000_000_000_000L;

    record Button(String text, String callbackData, String url) {
    }

    record Poll(String question, List<String> options, boolean quiz, boolean closed, List<Integer> chosen) {
    }

    /** One bubble: from the bot (html in Telegram's parse mode) or from the user (plain text or a file). */
    record Entry(String key, String from, int messageId, String kind, String text, String html,
                 List<List<Button>> buttons, Poll poll, String fileName, int edits) {
    }

    private record UserEntry(int afterMessageId, long seq, String kind, String text, String fileName) {
    }

    private final FakeBotApi telegram;
    private final Map<Long, List<UserEntry>> sent = new HashMap<>();
    private final Map<Long, Set<String>> presses = new HashMap<>();
    private final Map<String, List<Integer>> pollAnswers = new HashMap<>();
    private long seq;

    SandboxChats(FakeBotApi telegram) {
        this.telegram = telegram;
    }

    static long chatIdOf(long accountId) {
        return CHAT_ID_BASE + accountId;
    }

    String botUsername() {
        return telegram.botUsername();
    }

    void sendText(long chatId, FakeUser user, String text) {
        remember(chatId, "TEXT", text, null);
        telegram.userSends(chatId, user, text);
    }

    void sendDocument(long chatId, FakeUser user, String fileName, String mimeType, byte[] content, String caption) {
        remember(chatId, "DOCUMENT", caption, fileName);
        telegram.userSendsDocument(chatId, user, fileName, mimeType, content, caption);
    }

    void press(long chatId, FakeUser user, int messageId, String callbackData) {
        String queryId = telegram.userPresses(chatId, user, messageId, callbackData);
        synchronized (this) {
            presses.computeIfAbsent(chatId, id -> new LinkedHashSet<>()).add(queryId);
        }
    }

    void answerPoll(long chatId, FakeUser user, int messageId, List<Integer> optionIds) {
        FakeMessage message = botMessage(chatId, messageId);
        if (message == null || message.poll() == null) {
            throw new IllegalArgumentException("no poll in message " + messageId);
        }
        telegram.userAnswersPoll(user, message.poll().id(), optionIds);
        synchronized (this) {
            pollAnswers.put(message.poll().id(), List.copyOf(optionIds));
        }
    }

    FakeMessage botMessage(long chatId, int messageId) {
        return telegram.messagesTo(chatId).stream().filter(m -> m.messageId() == messageId).findFirst().orElse(null);
    }

    /** The chat as Telegram would show it, oldest first. */
    synchronized List<Entry> transcript(long chatId) {
        record Sorted(int messageId, int userFirst, long seq, Entry entry) {
        }
        List<Sorted> all = new ArrayList<>();
        for (FakeMessage m : telegram.messagesTo(chatId)) {
            all.add(new Sorted(m.messageId(), 0, 0, bot(m)));
        }
        for (UserEntry u : sent.getOrDefault(chatId, List.of())) {
            all.add(new Sorted(u.afterMessageId(), 1, u.seq(), new Entry("u" + u.seq(), "user", 0, u.kind(), u.text(), null,
                    List.of(), null, u.fileName(), 0)));
        }
        all.sort(Comparator.comparingInt(Sorted::messageId).thenComparingInt(Sorted::userFirst).thenComparingLong(Sorted::seq));
        return all.stream().map(Sorted::entry).toList();
    }

    /** The bot's answer to the user's latest button press, when it showed one (a toast in Telegram). */
    synchronized String lastNotice(long chatId) {
        Set<String> mine = presses.getOrDefault(chatId, Set.of());
        List<FakeCallbackAnswer> answers = telegram.callbackAnswers().stream()
                .filter(a -> mine.contains(a.callbackQueryId()) && a.text() != null && !a.text().isBlank()).toList();
        return answers.isEmpty() ? null : answers.getLast().text();
    }

    private Entry bot(FakeMessage m) {
        List<List<Button>> buttons = m.keyboard() == null ? List.of() : m.keyboard().stream()
                .map(row -> row.stream().map(b -> new Button(b.text(), b.callbackData(), b.url())).toList()).toList();
        Poll poll = m.poll() == null ? null : new Poll(m.poll().question(), m.poll().options(), m.poll().quiz(),
                m.poll().closed(), pollAnswers.getOrDefault(m.poll().id(), List.of()));
        return new Entry("b" + m.messageId(), "bot", m.messageId(), m.kind().name(), m.text(), m.html(), buttons, poll,
                m.fileName(), m.edits());
    }

    private void remember(long chatId, String kind, String text, String fileName) {
        // the user's message takes the chat's next message id, so it sits after every bot message sent so far
        int last = telegram.messagesTo(chatId).stream().mapToInt(FakeMessage::messageId).max().orElse(0);
        synchronized (this) {
            sent.computeIfAbsent(chatId, id -> new ArrayList<>()).add(new UserEntry(last, ++seq, kind, text, fileName));
        }
    }
}

package ua.zalik.bot.fakeapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** What the fake Telegram holds: each chat's messages, uploaded files, the calls made and callback answers. */
final class FakeState {

    record StoredFile(String fileId, String uniqueId, String path, String fileName, String mimeType, byte[] bytes) {
    }

    private final Map<Long, LinkedHashMap<Integer, FakeMessage>> botMessages = new HashMap<>();
    private final Map<Long, Integer> lastMessageId = new HashMap<>();
    private final Map<String, FakeMessage> pollsById = new HashMap<>();
    private final Map<String, StoredFile> files = new HashMap<>();
    private final Map<String, List<String>> commands = new HashMap<>();
    private final List<FakeCall> calls = new ArrayList<>();
    private final List<java.util.function.Consumer<FakeCall>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<FakeCallbackAnswer> callbackAnswers = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);

    synchronized int nextMessageId(long chatId) {
        return lastMessageId.merge(chatId, 1, Integer::sum);
    }

    String nextId(String prefix) {
        return prefix + ids.incrementAndGet();
    }

    synchronized void putBotMessage(FakeMessage message) {
        botMessages.computeIfAbsent(message.chatId(), id -> new LinkedHashMap<>()).put(message.messageId(), message);
        if (message.poll() != null) {
            pollsById.put(message.poll().id(), message);
        }
        notifyAll();
    }

    synchronized FakeMessage botMessage(long chatId, int messageId) {
        var chat = botMessages.get(chatId);
        return chat == null ? null : chat.get(messageId);
    }

    synchronized boolean deleteBotMessage(long chatId, int messageId) {
        var chat = botMessages.get(chatId);
        boolean removed = chat != null && chat.remove(messageId) != null;
        notifyAll();
        return removed;
    }

    synchronized FakeMessage pollMessage(String pollId) {
        return pollsById.get(pollId);
    }

    synchronized List<FakeMessage> messagesTo(long chatId) {
        var chat = botMessages.get(chatId);
        return chat == null ? List.of() : List.copyOf(chat.values());
    }

    synchronized List<FakeMessage> awaitMessages(long chatId, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (messagesTo(chatId).size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("chat " + chatId + " has " + messagesTo(chatId).size() + " of " + count
                        + " expected messages after " + timeout + ": " + messagesTo(chatId));
            }
            waitNanos(left);
        }
        return messagesTo(chatId);
    }

    synchronized void awaitCalls(Predicate<FakeCall> which, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (calls.stream().filter(which).count() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("fewer than " + count + " matching calls after " + timeout + ": " + calls);
            }
            waitNanos(left);
        }
    }

    private void waitNanos(long nanos) {
        try {
            wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    synchronized StoredFile storeFile(String fileName, String mimeType, byte[] bytes) {
        String fileId = nextId("FILE");
        String path = "documents/" + UUID.randomUUID() + "_" + (fileName == null ? "file" : fileName);
        StoredFile file = new StoredFile(fileId, "U" + fileId, path, fileName, mimeType, bytes);
        files.put(fileId, file);
        return file;
    }

    synchronized StoredFile file(String fileId) {
        return files.get(fileId);
    }

    synchronized StoredFile fileByPath(String path) {
        return files.values().stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
    }

    void listen(java.util.function.Consumer<FakeCall> listener) {
        listeners.add(listener);
    }

    void record(FakeCall call) {
        recordCall(call);
        listeners.forEach(listener -> listener.accept(call));
    }

    private synchronized void recordCall(FakeCall call) {
        calls.add(call);
        notifyAll();
    }

    synchronized List<FakeCall> calls() {
        return List.copyOf(calls);
    }

    synchronized void answerCallback(FakeCallbackAnswer answer) {
        callbackAnswers.add(answer);
        notifyAll();
    }

    synchronized List<FakeCallbackAnswer> callbackAnswers() {
        return List.copyOf(callbackAnswers);
    }

    synchronized void setCommands(String language, List<String> menu) {
        commands.put(language == null ? "" : language, List.copyOf(menu));
    }

    synchronized Map<String, List<String>> commands() {
        return Map.copyOf(commands);
    }
}

package ua.zalik.bot.fakeapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Telegram Bot API server on loopback for tests, the sandbox and benchmarks: point {@code zalik.telegram.api-url}
 * at {@link #baseUrl()} and the token at {@link #token()}, play the user with {@code user*} methods, read what the
 * user would see with {@link #messagesTo}. Enforces flood limits with 429 and can inject failures per chat.
 */
public final class FakeBotApi implements AutoCloseable {

    private final FakeOptions options;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final FakeState state = new FakeState();
    private final FakeUpdates updates;
    private final FakeLimits limits;
    private final FakeUsers users;

    private FakeBotApi(FakeOptions options) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.options = options;
        this.limits = new FakeLimits(options);
        this.updates = new FakeUpdates(json, options);
        this.users = new FakeUsers(state, updates);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.createContext("/", new FakeHttpHandler(options, new FakeMethods(state, updates, options, json),
                state, limits, json));
        server.setExecutor(executor);
        server.start();
    }

    public static FakeBotApi start() {
        return start(FakeOptions.defaults());
    }

    public static FakeBotApi start(FakeOptions options) {
        try {
            return new FakeBotApi(options);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the fake Bot API", e);
        }
    }

    /** E.g. http://127.0.0.1:41234, the value for zalik.telegram.api-url. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String token() {
        return options.token();
    }

    public String botUsername() {
        return options.botUsername();
    }

    // ---- the user's side: each returns the update_id it queued (or the callback query id)

    public long userSends(long chatId, FakeUser user, String text) {
        return users.sends(chatId, user, text);
    }

    public long userSends(long chatId, String text) {
        return users.sends(chatId, FakeUser.of(chatId), text);
    }

    public String userPresses(long chatId, FakeUser user, int messageId, String callbackData) {
        return users.presses(chatId, user, messageId, callbackData);
    }

    public String userPresses(long chatId, int messageId, String callbackData) {
        return users.presses(chatId, FakeUser.of(chatId), messageId, callbackData);
    }

    public long userAnswersPoll(FakeUser user, String pollId, List<Integer> optionIds) {
        return users.answersPoll(user, pollId, optionIds);
    }

    /** Answers the poll sent in this message, as the private chat's user. */
    public long userAnswersPoll(long chatId, int messageId, Integer... optionIds) {
        FakeMessage message = state.botMessage(chatId, messageId);
        if (message == null || message.poll() == null) {
            throw new IllegalArgumentException("no poll in message " + messageId + " of chat " + chatId);
        }
        return users.answersPoll(FakeUser.of(chatId), message.poll().id(), Arrays.asList(optionIds));
    }

    public long userSendsDocument(long chatId, FakeUser user, String fileName, String mimeType, byte[] content,
                                  String caption) {
        return users.sendsDocument(chatId, user, fileName, mimeType, content, caption);
    }

    public long userSendsPhoto(long chatId, FakeUser user, byte[] content, String caption) {
        return users.sendsPhoto(chatId, user, content, caption);
    }

    public long userSendsQuiz(long chatId, FakeUser user, String question, List<String> options, int correctOption,
                              String explanation) {
        return users.sendsQuiz(chatId, user, question, options, correctOption, explanation);
    }

    /** Any update object (without update_id), for kinds the helpers above do not cover. */
    public long deliver(Map<String, Object> update) {
        return updates.deliver(update);
    }

    /** Sends an already delivered update again, as Telegram does after a lost acknowledgement. */
    public void redeliver(long updateId) {
        updates.redeliver(updateId);
    }

    /** The id of the latest update given to the bot so far. */
    public long lastUpdateId() {
        return updates.lastUpdateId();
    }

    /** Whether getUpdates has handed this update to the bot (long polling). */
    public boolean handedOut(long updateId) {
        return updates.handedOut(updateId);
    }

    /** A body sent as is to the webhook (e.g. broken JSON). */
    public void deliverRaw(String body) {
        updates.deliverRaw(body);
    }

    // ---- failures

    /** The next {@code times} calls for this chat answer {@code status} (e.g. 500, 502, 403, 400). */
    public void failNext(long chatId, int times, int status) {
        String description = switch (status) {
            case 403 -> "Forbidden: bot was blocked by the user";
            case 400 -> "Bad Request: chat not found";
            default -> "Internal Server Error";
        };
        limits.inject(chatId, times, new FakeLimits.Failure(status, description, null));
    }

    public void rateLimitNext(long chatId, int times, int retryAfterSeconds) {
        limits.inject(chatId, times, new FakeLimits.Failure(429,
                "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds));
    }

    /** The user blocks the bot: every call for this chat answers 403 until {@link #unblock}. */
    public void blockedBy(long chatId) {
        limits.block(chatId, true);
    }

    public void unblock(long chatId) {
        limits.block(chatId, false);
    }

    // ---- what the user sees and what the bot did

    public List<FakeMessage> messagesTo(long chatId) {
        return state.messagesTo(chatId);
    }

    public List<String> textsTo(long chatId) {
        return state.messagesTo(chatId).stream().map(FakeMessage::text).toList();
    }

    public FakeMessage lastMessageTo(long chatId) {
        List<FakeMessage> messages = state.messagesTo(chatId);
        if (messages.isEmpty()) {
            throw new AssertionError("no messages to chat " + chatId);
        }
        return messages.getLast();
    }

    /** Waits until the chat shows at least {@code count} bot messages; fails the test after the timeout. */
    public List<FakeMessage> awaitMessages(long chatId, int count, Duration timeout) {
        return state.awaitMessages(chatId, count, timeout);
    }

    public void awaitCalls(String method, int count, Duration timeout) {
        state.awaitCalls(call -> call.method().equals(method) && call.status() == 200, count, timeout);
    }

    /** Called with every answered call, after its effect is visible (benchmarks wait on this, not by polling). */
    public void onCall(java.util.function.Consumer<FakeCall> listener) {
        state.listen(listener);
    }

    public List<FakeCall> calls() {
        return state.calls();
    }

    public List<FakeCall> calls(String method) {
        return state.calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<FakeCallbackAnswer> callbackAnswers() {
        return state.callbackAnswers();
    }

    /** The menu set for one chat ("command - description" lines), or an empty list when none was. */
    public List<String> chatCommands(long chatId) {
        return state.commands().getOrDefault("chat:" + chatId, List.of());
    }

    /** Menus by language ("" is the default); chat-scoped ones under "chat:ID". */
    public Map<String, List<String>> commands() {
        return state.commands();
    }

    public String webhookUrl() {
        FakeUpdates.Webhook hook = updates.webhook();
        return hook == null ? null : hook.url();
    }

    public String webhookSecret() {
        FakeUpdates.Webhook hook = updates.webhook();
        return hook == null ? null : hook.secret();
    }

    public List<String> webhookAllowedUpdates() {
        FakeUpdates.Webhook hook = updates.webhook();
        return hook == null ? List.of() : hook.allowedUpdates();
    }

    public List<FakeWebhookDelivery> webhookDeliveries() {
        return updates.deliveries();
    }

    /** The bytes of a file the bot sent or a user uploaded. */
    public byte[] fileContent(String fileId) {
        FakeState.StoredFile file = state.file(fileId);
        return file == null ? null : file.bytes().clone();
    }

    @Override
    public void close() {
        updates.close();
        server.stop(0);
        executor.shutdownNow();
    }
}

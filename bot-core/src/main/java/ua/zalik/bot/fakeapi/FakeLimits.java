package ua.zalik.bot.fakeapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The fake server's flood control (429 + retry_after like Telegram) and the failures a test injects per chat. */
final class FakeLimits {

    record Failure(int status, String description, Integer retryAfter) {
    }

    private final FakeOptions options;
    private final Map<String, double[]> buckets = new HashMap<>();
    private final Map<Long, Deque<Failure>> injected = new HashMap<>();
    private final Set<Long> blocked = new HashSet<>();

    FakeLimits(FakeOptions options) {
        this.options = options;
    }

    synchronized void inject(long chatId, int times, Failure failure) {
        Deque<Failure> queue = injected.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(failure);
        }
    }

    synchronized void block(long chatId, boolean block) {
        if (block) {
            blocked.add(chatId);
        } else {
            blocked.remove(chatId);
        }
    }

    /** The failure to answer with instead of doing the call, or null to go ahead. */
    synchronized Failure check(long chatId, boolean message) {
        if (blocked.contains(chatId)) {
            return new Failure(403, "Forbidden: bot was blocked by the user", null);
        }
        Deque<Failure> queue = injected.get(chatId);
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        if (!message) {
            return null;
        }
        long now = System.nanoTime();
        double[] global = bucket("global", options.globalPerSecond(), options.globalPerSecond(), now);
        double[] chat = chatId > 0
                ? bucket("chat" + chatId, options.privateBurst(), options.privatePerSecond(), now)
                : bucket("chat" + chatId, options.groupPerMinute(), options.groupPerMinute() / 60.0, now);
        double rateGlobal = options.globalPerSecond();
        double rateChat = chatId > 0 ? options.privatePerSecond() : options.groupPerMinute() / 60.0;
        if (global[0] < 1 || chat[0] < 1) {
            double wait = Math.max((1 - global[0]) / rateGlobal, (1 - chat[0]) / rateChat);
            int retryAfter = (int) Math.max(1, Math.ceil(wait));
            return new Failure(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
        }
        global[0] -= 1;
        chat[0] -= 1;
        return null;
    }

    private double[] bucket(String key, double capacity, double perSecond, long now) {
        double[] state = buckets.computeIfAbsent(key, k -> new double[] {capacity, now});
        state[0] = Math.min(capacity, state[0] + (now - state[1]) / 1e9 * perSecond);
        state[1] = now;
        return state;
    }
}

package ua.zalik.bot.fakeapi;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Updates on their way to the bot: held for getUpdates (long polling) or POSTed to the webhook with retries, as
 * Telegram does: one update per chat in flight (a chat's next waits until the last was accepted or given up on),
 * different chats over up to {@code max_connections} (default 40) connections at once.
 */
final class FakeUpdates implements AutoCloseable {

    record Webhook(String url, String secret, List<String> allowedUpdates, int maxConnections) {
    }

    /** Telegram's default max_connections for setWebhook. */
    static final int DEFAULT_CONNECTIONS = 40;

    private record Delivery(long updateId, long chat, String json) {
    }

    private final ObjectMapper json;
    private final FakeOptions options;
    // a random start like Telegram's, so two fakes sharing one test database do not reuse each other's update ids
    private final AtomicLong updateIds = new AtomicLong(
            java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 900_000) * 1000);
    private final List<Delivery> pending = new ArrayList<>();
    private final Map<Long, String> sent = new HashMap<>();
    private final Set<Long> handedOut = new HashSet<>();
    private final List<FakeWebhookDelivery> deliveries = new ArrayList<>();
    // chats with updates for the webhook: each chat's queue, and the chats whose head no connection is delivering
    private final Map<Long, ArrayDeque<Delivery>> webhookChats = new HashMap<>();
    private final BlockingQueue<Long> readyChats = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Thread> connections = new ArrayList<>();
    private volatile Webhook webhook;

    FakeUpdates(ObjectMapper json, FakeOptions options) {
        this.json = json;
        this.options = options;
    }

    /**
     * Gives the update its id, queues it, returns the id. Id and place in the queue are taken together, like
     * Telegram's: an update that took its id first but queued second would sit below the bot's offset and be lost.
     */
    synchronized long deliver(Map<String, Object> update) {
        long id = updateIds.incrementAndGet();
        Map<String, Object> withId = new java.util.LinkedHashMap<>();
        withId.put("update_id", id);
        withId.putAll(update);
        try {
            String body = json.writeValueAsString(withId);
            sent.put(id, body);
            enqueue(new Delivery(id, chatOf(update), body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** The same update once more, as Telegram does when it did not see an acknowledgement. */
    void redeliver(long updateId) {
        String body;
        synchronized (this) {
            body = sent.get(updateId);
        }
        if (body == null) {
            throw new IllegalArgumentException("no update " + updateId);
        }
        enqueue(new Delivery(updateId, chatOf(json, body), body));
    }

    /** A body as is, e.g. malformed JSON, for the webhook only. */
    void deliverRaw(String body) {
        enqueue(new Delivery(0, 0, body));
    }

    private synchronized void enqueue(Delivery delivery) {
        if (webhook != null) {
            toWebhook(delivery);
            return;
        }
        pending.add(delivery);
        notifyAll();
    }

    private void toWebhook(Delivery delivery) {
        ArrayDeque<Delivery> queue = webhookChats.get(delivery.chat());
        if (queue == null) {
            queue = new ArrayDeque<>();
            webhookChats.put(delivery.chat(), queue);
            readyChats.add(delivery.chat());
        }
        queue.add(delivery);
    }

    synchronized void setWebhook(Webhook hook) {
        this.webhook = hook;
        pending.forEach(this::toWebhook);
        pending.clear();
        while (connections.size() < Math.max(1, hook.maxConnections())) {
            connections.add(Thread.ofVirtual().name("fake-telegram-webhook-" + connections.size())
                    .start(this::deliverLoop));
        }
    }

    synchronized void deleteWebhook(boolean dropPending) {
        this.webhook = null;
        if (dropPending) {
            pending.clear();
        }
    }

    Webhook webhook() {
        return webhook;
    }

    synchronized List<FakeWebhookDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Long polling: what is at or past offset, waiting up to timeout seconds for something to arrive. */
    synchronized List<Object> getUpdates(long offset, int limit, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        pending.removeIf(d -> d.updateId() < offset);
        while (pending.isEmpty() && webhook == null && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            pending.removeIf(d -> d.updateId() < offset);
        }
        List<Object> result = new ArrayList<>();
        for (Delivery d : pending.subList(0, Math.min(limit, pending.size()))) {
            result.add(json.readValue(d.json(), Object.class));
            handedOut.add(d.updateId());
        }
        return result;
    }

    synchronized boolean handedOut(long updateId) {
        return handedOut.contains(updateId);
    }

    long lastUpdateId() {
        return updateIds.get();
    }

    synchronized void wakeUp() {
        notifyAll();
    }

    private void deliverLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long chat = readyChats.take();
                Delivery delivery;
                synchronized (this) {
                    delivery = webhookChats.get(chat).peek();
                }
                deliverOne(delivery);
                synchronized (this) {
                    ArrayDeque<Delivery> queue = webhookChats.get(chat);
                    queue.poll();
                    if (queue.isEmpty()) {
                        webhookChats.remove(chat);
                    } else {
                        readyChats.add(chat);
                    }
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void deliverOne(Delivery delivery) throws InterruptedException {
        for (int attempt = 1; attempt <= options.webhookMaxAttempts(); attempt++) {
            Webhook hook = webhook;
            if (hook == null) {
                return;
            }
            int status = post(hook, delivery.json());
            synchronized (this) {
                deliveries.add(new FakeWebhookDelivery(delivery.updateId(), attempt, status));
                notifyAll();
            }
            if (status >= 200 && status < 300) {
                return;
            }
            Thread.sleep(options.webhookRetryDelay().multipliedBy(attempt));
        }
    }

    /** The chat an update belongs to (its message's chat, else its sender), 0 when it names none. */
    static long chatOf(Map<String, Object> update) {
        for (Object value : update.values()) {
            if (value instanceof Map<?, ?> object) {
                Object owner = object.get("chat") != null ? object.get("chat")
                        : object.get("from") != null ? object.get("from") : object.get("user");
                if (owner instanceof Map<?, ?> named && named.get("id") instanceof Number id) {
                    return id.longValue();
                }
            }
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static long chatOf(ObjectMapper json, String body) {
        try {
            return chatOf(json.readValue(body, Map.class));
        } catch (Exception e) {
            return 0;
        }
    }

    private int post(Webhook hook, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hook.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (hook.secret() != null && !hook.secret().isEmpty()) {
                request.header("X-Telegram-Bot-Api-Secret-Token", hook.secret());
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            connections.forEach(Thread::interrupt);
        }
        wakeUp();
        http.close();
    }
}

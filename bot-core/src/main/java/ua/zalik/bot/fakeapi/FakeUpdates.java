package ua.zalik.bot.fakeapi;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Updates on their way to the bot: held for getUpdates (long polling) or POSTed to the webhook with retries. */
final class FakeUpdates implements AutoCloseable {

    record Webhook(String url, String secret, List<String> allowedUpdates) {
    }

    private record Delivery(long updateId, String json) {
    }

    private final ObjectMapper json;
    private final FakeOptions options;
    // a random start like Telegram's, so two fakes sharing one test database do not reuse each other's update ids
    private final AtomicLong updateIds = new AtomicLong(
            java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 900_000) * 1000);
    private final List<Delivery> pending = new ArrayList<>();
    private final Map<Long, String> sent = new HashMap<>();
    private final List<FakeWebhookDelivery> deliveries = new ArrayList<>();
    private final BlockingQueue<Delivery> webhookQueue = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread deliverer;
    private volatile Webhook webhook;

    FakeUpdates(ObjectMapper json, FakeOptions options) {
        this.json = json;
        this.options = options;
        this.deliverer = Thread.ofVirtual().name("fake-telegram-webhook").start(this::deliverLoop);
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
            enqueue(new Delivery(id, body));
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
        enqueue(new Delivery(updateId, body));
    }

    /** A body as is, e.g. malformed JSON, for the webhook only. */
    void deliverRaw(String body) {
        enqueue(new Delivery(0, body));
    }

    private void enqueue(Delivery delivery) {
        if (webhook != null) {
            webhookQueue.add(delivery);
            return;
        }
        synchronized (this) {
            pending.add(delivery);
            notifyAll();
        }
    }

    synchronized void setWebhook(Webhook hook) {
        this.webhook = hook;
        webhookQueue.addAll(pending);
        pending.clear();
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
        }
        return result;
    }

    synchronized void wakeUp() {
        notifyAll();
    }

    private void deliverLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Delivery delivery = webhookQueue.take();
                for (int attempt = 1; attempt <= options.webhookMaxAttempts(); attempt++) {
                    Webhook hook = webhook;
                    if (hook == null) {
                        break;
                    }
                    int status = post(hook, delivery.json());
                    synchronized (this) {
                        deliveries.add(new FakeWebhookDelivery(delivery.updateId(), attempt, status));
                        notifyAll();
                    }
                    if (status >= 200 && status < 300) {
                        break;
                    }
                    Thread.sleep(options.webhookRetryDelay().multipliedBy(attempt));
                }
            } catch (InterruptedException e) {
                return;
            }
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
        deliverer.interrupt();
        wakeUp();
        http.close();
    }
}

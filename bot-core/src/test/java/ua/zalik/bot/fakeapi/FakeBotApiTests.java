package ua.zalik.bot.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake on its own, spoken to over plain HTTP the way a bot would. */
class FakeBotApiTests {

    private final FakeBotApi fake = FakeBotApi.start(FakeOptions.defaults().withWebhookRetries(5, Duration.ofMillis(20)));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void getUpdatesWaitsForTheNextUpdateAndForgetsConfirmedOnes() throws Exception {
        CompletableFuture<JsonNode> waiting = CompletableFuture.supplyAsync(() -> call("getUpdates", "timeout=10"));
        long updateId = fake.userSends(42, "hi");

        JsonNode first = waiting.get();
        assertThat(first.path("result").get(0).path("update_id").asLong()).isEqualTo(updateId);
        assertThat(first.path("result").get(0).path("message").path("text").asText()).isEqualTo("hi");
        assertThat(call("getUpdates", "offset=" + (updateId + 1) + "&timeout=0").path("result")).isEmpty();
    }

    @Test
    void updatesSentFromManyThreadsAtOnceAllReachALongPollingBot() throws Exception {
        int senders = 40;
        int each = 25;
        java.util.Set<Long> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < senders; t++) {
                long chat = 1000 + t;
                threads.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        sent.add(fake.userSends(chat, "message " + i));
                    }
                });
            }
            // a bot polls while the users type, confirming what it got with the next offset, as Telegram expects
            java.util.Set<Long> received = new java.util.HashSet<>();
            long offset = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < senders * each && System.nanoTime() < deadline) {
                for (JsonNode update : call("getUpdates", "offset=" + offset + "&timeout=1&limit=7").path("result")) {
                    received.add(update.path("update_id").asLong());
                    offset = Math.max(offset, update.path("update_id").asLong() + 1);
                }
            }
            threads.shutdown();
            assertThat(threads.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(received).as("no update skipped by the bot's offset").containsExactlyInAnyOrderElementsOf(sent);
        }
    }

    @Test
    void webhookIsRetriedOnErrorsUntilAcceptedAndCarriesTheSecret() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<String> secrets = new CopyOnWriteArrayList<>();
        HttpServer bot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        bot.createContext("/hook", exchange -> {
            secrets.add(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(attempts.incrementAndGet() <= 2 ? 500 : 200, -1);
            exchange.close();
        });
        bot.start();
        try {
            String url = "http://127.0.0.1:" + bot.getAddress().getPort() + "/hook";
            assertThat(call("setWebhook", "url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)
                    + "&secret_token=abc&allowed_updates=" + URLEncoder.encode("[\"message\"]", StandardCharsets.UTF_8))
                    .path("ok").asBoolean()).isTrue();
            assertThat(call("getUpdates", "timeout=0").path("error_code").asInt()).isEqualTo(409);

            long updateId = fake.userSends(43, "to the hook");

            awaitDeliveries(3);
            assertThat(fake.webhookDeliveries()).extracting(FakeWebhookDelivery::updateId).containsOnly(updateId);
            assertThat(fake.webhookDeliveries()).extracting(FakeWebhookDelivery::status).containsExactly(500, 500, 200);
            assertThat(secrets).containsOnly("abc");
            assertThat(fake.webhookAllowedUpdates()).containsExactly("message");
        } finally {
            bot.stop(0);
        }
    }

    @Test
    void webhookGetsChatsInParallelButEachChatsUpdatesOneAtATimeInOrder() throws Exception {
        Map<String, AtomicInteger> inFlightPerChat = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger mostForOneChat = new AtomicInteger();
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        HttpServer bot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        bot.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        bot.createContext("/hook", exchange -> {
            JsonNode message = json.readTree(exchange.getRequestBody().readAllBytes()).path("message");
            String chat = message.path("chat").path("id").asText();
            mostForOneChat.accumulateAndGet(inFlightPerChat.computeIfAbsent(chat, c -> new AtomicInteger())
                    .incrementAndGet(), Math::max);
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            seen.computeIfAbsent(chat, c -> new CopyOnWriteArrayList<>()).add(message.path("text").asText());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            inFlightPerChat.get(chat).decrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        bot.start();
        try {
            call("setWebhook", "url=" + URLEncoder.encode("http://127.0.0.1:" + bot.getAddress().getPort() + "/hook",
                    StandardCharsets.UTF_8) + "&max_connections=4");
            for (int i = 0; i < 3; i++) {
                for (long chat = 50; chat < 56; chat++) {
                    fake.userSends(chat, "m" + i);
                }
            }

            awaitDeliveries(18);
            assertThat(fake.webhookDeliveries()).hasSize(18);
            assertThat(mostForOneChat).hasValue(1);
            assertThat(mostAtOnce.get()).isBetween(2, 4);
            assertThat(seen).hasSize(6).allSatisfy((chat, texts) -> assertThat(texts).containsExactly("m0", "m1", "m2"));
        } finally {
            bot.stop(0);
        }
    }

    @Test
    void listenersHearEachAnsweredCallWithItsEffectAlreadyVisible() {
        List<String> heard = new CopyOnWriteArrayList<>();
        fake.onCall(c -> heard.add(c.method() + " " + c.status() + " " + fake.messagesTo(46).size()));

        call("sendMessage", "chat_id=46&text=hello");

        assertThat(heard).containsExactly("sendMessage 200 1");
    }

    @Test
    void floodingOneChatIsAnsweredWith429AndRetryAfter() {
        JsonNode limited = null;
        for (int i = 0; i < 12 && limited == null; i++) {
            JsonNode answer = call("sendMessage", "chat_id=44&text=m" + i);
            if (!answer.path("ok").asBoolean()) {
                limited = answer;
            }
        }

        assertThat(limited).isNotNull();
        assertThat(limited.path("error_code").asInt()).isEqualTo(429);
        assertThat(limited.path("parameters").path("retry_after").asInt()).isPositive();
    }

    @Test
    void wrongTokenIsUnauthorizedAndUnknownMethodNotFound() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/bot1:wrong/getMe")).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(call("sendSticker", "chat_id=1").path("error_code").asInt()).isEqualTo(404);
        assertThat(call("getMe", "").path("result").path("username").asText()).isEqualTo(fake.botUsername());
    }

    @Test
    void uploadedDocumentCanBeFetchedThroughGetFile() throws Exception {
        fake.userSendsDocument(45, FakeUser.of(45), "essay.txt", "text/plain", "text".getBytes(StandardCharsets.UTF_8), null);
        JsonNode update = call("getUpdates", "timeout=0").path("result").get(0);
        String fileId = update.path("message").path("document").path("file_id").asText();

        String path = call("getFile", "file_id=" + fileId).path("result").path("file_path").asText();
        var download = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/file/bot" + fake.token() + "/" + path)).build();

        assertThat(http.send(download, HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("text");
    }

    private void awaitDeliveries(int count) throws InterruptedException {
        for (int i = 0; i < 200 && fake.webhookDeliveries().size() < count; i++) {
            Thread.sleep(20);
        }
    }

    private JsonNode call(String method, String form) {
        try {
            var request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/bot" + fake.token() + "/" + method))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

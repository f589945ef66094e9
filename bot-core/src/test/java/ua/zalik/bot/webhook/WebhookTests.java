package ua.zalik.bot.webhook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.zalik.bot.EchoHandler;
import ua.zalik.bot.fakeapi.FakeBotApi;
import ua.zalik.bot.fakeapi.FakeWebhookDelivery;
import ua.zalik.embedded.FreePorts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The app in webhook mode on a real port; the fake Bot API delivers updates to it as Telegram would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class WebhookTests {

    private static final FakeBotApi FAKE = FakeBotApi.start();
    private static final int PORT = FreePorts.find();
    private static final String SECRET = "s3cret_Token-1";
    private static final String URL = "http://127.0.0.1:" + PORT + "/telegram/webhook";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long CHAT = 900_000_000L + Math.floorMod(System.nanoTime(), 1_000_000L);

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    EchoHandler echo;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("zalik.telegram.token", FAKE::token);
        registry.add("zalik.telegram.api-url", FAKE::baseUrl);
        registry.add("zalik.telegram.mode", () -> "webhook");
        registry.add("zalik.telegram.webhook.url", () -> URL);
        registry.add("zalik.telegram.webhook.secret", () -> SECRET);
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Test
    void startupRegistersTheWebhookWithSecretAndUpdateKinds() {
        assertThat(FAKE.webhookUrl()).isEqualTo(URL);
        assertThat(FAKE.webhookSecret()).isEqualTo(SECRET);
        assertThat(FAKE.webhookAllowedUpdates()).containsExactlyInAnyOrder("message", "callback_query", "poll_answer", "poll");
    }

    @Test
    void updateWithTheRightSecretIsHandled() {
        long chat = CHAT + 1;
        FAKE.userSends(chat, "via webhook");

        assertThat(FAKE.awaitMessages(chat, 1, WAIT).getFirst().text()).isEqualTo("echo: via webhook");
    }

    @Test
    void wrongOrMissingSecretIsRefusedAndChangesNothing() throws Exception {
        long chat = CHAT + 2;
        long updateId = 1_500_000_000L + Math.floorMod(System.nanoTime(), 1_000_000L);
        String body = update(updateId, chat, "intruder");

        assertThat(post(body, "wrong-secret")).isEqualTo(401);
        assertThat(post(body, null)).isEqualTo(401);
        assertThat(post(body, SECRET + "x")).isEqualTo(401);

        assertThat(jdbc.queryForObject("select count(*) from bot.processed_update where update_id = ?", Long.class,
                updateId)).isZero();
        FAKE.userSends(chat, "legit");
        FAKE.awaitMessages(chat, 1, WAIT);
        assertThat(FAKE.textsTo(chat)).containsExactly("echo: legit");
    }

    @Test
    void sameUpdatePostedFiveTimesAtOnceIsHandledOnce() throws Exception {
        long chat = CHAT + 3;
        String body = update(1_600_000_000L + Math.floorMod(System.nanoTime(), 1_000_000L), chat, "only once");
        List<Future<Integer>> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(5)) {
            for (int i = 0; i < 5; i++) {
                statuses.add(pool.submit((Callable<Integer>) () -> post(body, SECRET)));
            }
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(200);
        }
        FAKE.userSends(chat, "after");

        FAKE.awaitMessages(chat, 2, WAIT);
        assertThat(FAKE.textsTo(chat)).containsExactly("echo: only once", "echo: after");
    }

    @Test
    void redeliveredUpdateHasNoSecondEffect() {
        long chat = CHAT + 4;
        long updateId = FAKE.userSends(chat, "retry me");
        FAKE.awaitMessages(chat, 1, WAIT);
        for (int i = 0; i < 4; i++) {
            FAKE.redeliver(updateId);
        }
        FAKE.userSends(chat, "later");

        FAKE.awaitMessages(chat, 2, WAIT);
        assertThat(FAKE.textsTo(chat)).containsExactly("echo: retry me", "echo: later");
        assertThat(FAKE.webhookDeliveries()).filteredOn(d -> d.updateId() == updateId)
                .extracting(FakeWebhookDelivery::status).containsOnly(200).hasSize(5);
    }

    @Test
    void malformedOrUnsupportedBodyIsAcknowledgedNotRetried() throws Exception {
        assertThat(post("{\"update_id\": not json", SECRET)).isEqualTo(200);
        assertThat(post("", SECRET)).isEqualTo(200);
        assertThat(post("{\"update_id\":1700000001,\"channel_post\":{\"message_id\":1,\"date\":1,"
                + "\"chat\":{\"id\":-100,\"type\":\"channel\"},\"text\":\"x\"}}", SECRET)).isEqualTo(200);
        assertThat(echo.handledIn(-100)).isEmpty();
    }

    @Test
    void hostileUpdatesAreAcknowledgedAndTheIntakeGoesOn() throws Exception {
        java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong(
                1_800_000_000L + Math.floorMod(System.nanoTime(), 100_000_000L));
        // chats of their own: the hostile ones do get echoed, and must not meet the other tests' chats
        long chat = CHAT + 101;
        for (String body : HostileUpdates.bodies(chat).sampleStream().limit(150).toList()) {
            String sent = body.replace("%ID%", String.valueOf(ids.incrementAndGet()));
            // anything but 2xx makes Telegram retry the same body for a day; a bad update is acknowledged and dropped
            assertThat(post(sent, SECRET)).as(sent.length() > 300 ? sent.substring(0, 300) + "..." : sent).isEqualTo(200);
        }

        long after = CHAT + 102;
        assertThat(post(update(ids.incrementAndGet(), after, "still here"), SECRET)).isEqualTo(200);
        assertThat(FAKE.awaitMessages(after, 1, WAIT).getFirst().text()).isEqualTo("echo: still here");
    }

    private int post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String update(long updateId, long chat, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":7,\"date\":1,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"from\":{\"id\":" + chat
                + ",\"is_bot\":false,\"first_name\":\"T\"},\"text\":\"" + text + "\"}}";
    }
}

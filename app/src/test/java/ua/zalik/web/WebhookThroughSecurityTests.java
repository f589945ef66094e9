package ua.zalik.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.zalik.bot.fakeapi.FakeBotApi;
import ua.zalik.bot.fakeapi.FakeUser;
import ua.zalik.embedded.FreePorts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app in webhook mode: Telegram's requests pass the security filters on their secret alone (no session, no
 * CSRF token, no cookie handed out), and without the secret they get nowhere, while the dashboard's API keeps its rules.
 * A context of its own (webhook mode), so without the worker role (the module's shared context consumes the events)
 * and closed after the class (engineering.md, "One Spring context per test module").
 */
// the sandbox off in the inlined properties, which its environment post-processor sees (dynamic ones come later): it
// would otherwise start over the module's shared in-process fake Telegram and stop it when this context closes
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "zalik.sandbox.enabled=false")
@ActiveProfiles({"local", "test"})
@DirtiesContext
class WebhookThroughSecurityTests {

    private static final FakeBotApi FAKE = FakeBotApi.start();
    private static final int PORT = FreePorts.find();
    private static final String SECRET = "app-s3cret";
    private static final String URL = "http://127.0.0.1:" + PORT + "/telegram/webhook";
    private static final long CHAT = 930_000_000L + Math.floorMod(System.nanoTime(), 1_000_000L);

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("zalik.roles", () -> "api,bot");
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
    void telegramsUpdateGetsInOnItsSecretAloneAndTheUserIsAnswered() {
        FAKE.userSends(CHAT, FakeUser.of(CHAT).speaking("en"), "/help");

        assertThat(FAKE.awaitMessages(CHAT, 1, Duration.ofSeconds(30)).getFirst().text()).startsWith("Here is what I can do");
    }

    @Test
    void theWebhookHandsOutNoSessionOrCsrfCookie() throws Exception {
        HttpResponse<String> response = post(SECRET, "{\"update_id\":" + (CHAT + 7) + ",\"message\":{\"message_id\":1,"
                + "\"date\":1,\"chat\":{\"id\":" + (CHAT + 7) + ",\"type\":\"private\"},\"from\":{\"id\":" + (CHAT + 7)
                + ",\"is_bot\":false,\"first_name\":\"Ann\"},\"text\":\"hi\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void withoutTheRightSecretTheWebhookRefuses() throws Exception {
        assertThat(post(null, "{\"update_id\":1}").statusCode()).isEqualTo(401);
        assertThat(post("wrong", "{\"update_id\":1}").statusCode()).isEqualTo(401);
    }

    @Test
    void theDashboardsApiStillAsksForItsSessionAndCsrfToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"admin@demo.zalik.ua\",\"password\":\"zalik-demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package ua.zalik.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import ua.zalik.kernel.Role;
import ua.zalik.users.UsersService;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Telegram sandbox of the local profile, over HTTP as the dashboard uses it: the fake Bot API runs in-process,
 * the bot polls it, and what the user does in the sandbox goes through intake, dialogs and the Sender.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "test"})
class SandboxTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired Environment env;
    @Autowired UsersService users;

    @Test
    void pointsTheBotAtTheInProcessFakeTelegram() {
        assertThat(env.getProperty("zalik.telegram.api-url")).startsWith("http://127.0.0.1:");
        assertThat(env.getProperty("zalik.telegram.token")).contains("SANDBOX");
        assertThat(env.getProperty("zalik.telegram.mode")).isEqualTo("polling");
        assertThat(SandboxTelegram.current().botUsername()).isEqualTo(env.getProperty("zalik.telegram.username"));
    }

    @Test
    void theSandboxsFakeTokenOffersNoLogInWithTelegram() throws Exception {
        HttpResponse<String> config = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/config.json")).build(), HttpResponse.BodyHandlers.ofString());

        JsonNode body = JSON.readTree(config.body());
        assertThat(body.get("botUsername").asText()).isEqualTo(env.getProperty("zalik.telegram.username"));
        assertThat(body.hasNonNull("telegramLoginBot")).as(config.body()).isFalse();
    }

    @Test
    void aStudentLinksTheirSandboxChatAndTalksToTheBot() throws Exception {
        Client student = new Client(port);
        student.login("student1@demo.zalik.ua");
        JsonNode identities = student.json("GET", "/api/sandbox/identities", null);
        assertThat(identities).hasSize(1);
        long me = identities.get(0).get("accountId").asLong();

        JsonNode linked = student.json("POST", "/api/sandbox/chats/" + me + "/link", null);
        assertThat(linked.get("linked").asBoolean()).isTrue();
        assertThat(linked.get("chatId").asLong()).isEqualTo(SandboxChats.CHAT_ID_BASE + me);
        assertThat(users.findByTelegramUser(SandboxChats.CHAT_ID_BASE + me)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(me));

        student.send("POST", "/api/sandbox/chats/" + me + "/messages", "{\"text\":\"/help\"}", 202);
        JsonNode help = student.awaitBot(me, m -> m.get("html").asText().contains("/me"));
        assertThat(help.get("kind").asText()).isEqualTo("TEXT");

        student.send("POST", "/api/sandbox/chats/" + me + "/messages", "{\"text\":\"/me\"}", 202);
        JsonNode about = student.awaitBot(me, m -> m.get("html").asText().contains("<b>Олена Бондаренко</b>"));
        assertThat(about.get("text").asText()).contains("7-А").doesNotContain("<b>");

        JsonNode chat = student.json("GET", "/api/sandbox/chats/" + me, null);
        List<String> order = new ArrayList<>();
        chat.get("messages").forEach(m -> order.add(m.get("from").asText() + ":" + m.get("text").asText().lines().findFirst().orElse("")));
        assertThat(order.getFirst()).isEqualTo("user:/help");
        assertThat(order).containsSubsequence("user:/help", "user:/me", "bot:Олена Бондаренко");
    }

    @Test
    void anAdminChatsAsAnotherAccountPressesButtonsAndSendsDocuments() throws Exception {
        Client admin = new Client(port);
        admin.login("admin@demo.zalik.ua");
        JsonNode identities = admin.json("GET", "/api/sandbox/identities", null);
        JsonNode pupil = null;
        for (JsonNode identity : identities) {
            if (identity.get("fullName").asText().equals("Роман Бойко")) {
                pupil = identity;
            }
        }
        assertThat(pupil).as("a demo student of 8-Б").isNotNull();
        long id = pupil.get("accountId").asLong();
        admin.json("POST", "/api/sandbox/chats/" + id + "/link", null);

        admin.send("POST", "/api/sandbox/chats/" + id + "/messages", "{\"text\":\"/lang\"}", 202);
        JsonNode question = admin.awaitBot(id, m -> m.get("buttons").size() > 0);
        JsonNode english = null;
        for (JsonNode button : question.get("buttons").get(0)) {
            if (button.get("text").asText().equals("English")) {
                english = button;
            }
        }
        assertThat(english).isNotNull();
        admin.send("POST", "/api/sandbox/chats/" + id + "/presses", "{\"messageId\":" + question.get("messageId").asInt()
                + ",\"callbackData\":\"" + english.get("callbackData").asText() + "\"}", 202);
        admin.awaitBot(id, m -> m.get("text").asText().contains("Language changed: English"));
        assertThat(users.accountsByIds(List.of(id)).getFirst().language()).isEqualTo("en");

        String content = Base64.getEncoder().encodeToString("Q;A\n2+2;4\n".getBytes());
        admin.send("POST", "/api/sandbox/chats/" + id + "/documents",
                "{\"fileName\":\"questions.csv\",\"mimeType\":\"text/csv\",\"contentBase64\":\"" + content + "\"}", 202);
        JsonNode chat = admin.awaitChat(id, c -> {
            for (JsonNode m : c.get("messages")) {
                if (m.get("from").asText().equals("user") && "questions.csv".equals(m.get("fileName").asText(null))) {
                    return true;
                }
            }
            return false;
        });
        assertThat(chat.get("identity").get("roles").toString()).contains(Role.STUDENT.name());

        HttpResponse<String> wrongButton = admin.send("POST", "/api/sandbox/chats/" + id + "/presses",
                "{\"messageId\":" + question.get("messageId").asInt() + ",\"callbackData\":\"forged\"}", 400);
        assertThat(wrongButton.body()).contains("no such button");
    }

    @Test
    void aStudentMayNotChatAsSomeoneElse() throws Exception {
        Client admin = new Client(port);
        admin.login("admin@demo.zalik.ua");
        long adminId = admin.json("GET", "/api/auth/me", null).get("id").asLong();

        Client student = new Client(port);
        student.login("student1@demo.zalik.ua");
        HttpResponse<String> refused = student.send("POST", "/api/sandbox/chats/" + adminId + "/messages", "{\"text\":\"/me\"}", 403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        student.send("GET", "/api/sandbox/chats/" + adminId, null, 403);
        new Client(port).send("GET", "/api/sandbox", null, 401);
    }

    /** A browser's way through the API: cookies kept, the CSRF cookie echoed on every change. */
    private static final class Client {
        private final int port;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        Client(int port) {
            this.port = port;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        }

        void login(String email) throws Exception {
            send("GET", "/api/auth/csrf", null, 200);
            send("POST", "/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"zalik-demo\"}", 200);
        }

        JsonNode json(String method, String path, String body) throws Exception {
            return JSON.readTree(send(method, path, body, 200).body());
        }

        HttpResponse<String> send(String method, String path, String body, int expected) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json");
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                    .ifPresent(c -> request.header("X-XSRF-TOKEN", c.getValue()));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
            return response;
        }

        JsonNode awaitChat(long accountId, Predicate<JsonNode> until) throws Exception {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            JsonNode chat;
            do {
                chat = json("GET", "/api/sandbox/chats/" + accountId, null);
                if (until.test(chat)) {
                    return chat;
                }
                Thread.sleep(100);
            } while (Instant.now().isBefore(deadline));
            throw new AssertionError("the chat never got there: " + chat);
        }

        JsonNode awaitBot(long accountId, Predicate<JsonNode> which) throws Exception {
            JsonNode[] found = new JsonNode[1];
            awaitChat(accountId, chat -> {
                for (JsonNode m : chat.get("messages")) {
                    if (m.get("from").asText().equals("bot") && which.test(m)) {
                        found[0] = m;
                    }
                }
                return found[0] != null;
            });
            return found[0];
        }
    }
}

package ua.zalik.rest.auth;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The widget's data signed the way Telegram signs it, with the bot token of this test context. */
@SpringBootTest
@AutoConfigureMockMvc
class TelegramLoginTests {

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired Clock clock;
    @Value("${zalik.telegram.token}") String botToken;

    @Test
    void aLinkedAccountLogsInWithSignedWidgetDataAndTheSessionOpensProtectedEndpoints() throws Exception {
        SchoolFixture.World w = fixture.create();
        long telegramId = linked(w);

        Cookie session = telegram(signed(widget(telegramId, clock.instant())))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", containsString("HttpOnly")))
                .andExpect(jsonPath("$.id").value(w.teacher().id()))
                .andReturn().getResponse().getCookie("ZALIK_SESSION");

        assertThat(session).isNotNull();
        mvc.perform(get("/api/classes").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/auth/me").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(w.teacher().email()));
    }

    @Test
    void aFieldChangedAfterSigningIsRefused() throws Exception {
        SchoolFixture.World w = fixture.create();
        long telegramId = linked(w);
        Map<String, Object> data = signed(widget(telegramId, clock.instant()));
        data.put("username", "someone_else");

        expectUnauthorized(telegram(data), "not signed");
        Map<String, Object> otherUser = signed(widget(telegramId, clock.instant()));
        otherUser.put("id", telegramId + 1);
        expectUnauthorized(telegram(otherUser), "not signed");
    }

    @Test
    void dataSignedWithAnotherBotsTokenIsRefused() throws Exception {
        SchoolFixture.World w = fixture.create();
        Map<String, Object> data = widget(linked(w), clock.instant());
        data.put("hash", hash(data, "999:another-bot"));

        expectUnauthorized(telegram(data), "not signed");
    }

    @Test
    void aLoginOlderThanADayOrFromTheFutureIsRefused() throws Exception {
        SchoolFixture.World w = fixture.create();
        long telegramId = linked(w);

        expectUnauthorized(telegram(signed(widget(telegramId, clock.instant().minus(Duration.ofHours(25))))), "too old");
        expectUnauthorized(telegram(signed(widget(telegramId, clock.instant().plus(Duration.ofMinutes(10))))), "too old");
        telegram(signed(widget(telegramId, clock.instant().minus(Duration.ofHours(23))))).andExpect(status().isOk());
    }

    @Test
    void aTelegramUserWithoutALinkedAccountIsRefused() throws Exception {
        long stranger = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

        expectUnauthorized(telegram(signed(widget(stranger, clock.instant()))), "not linked");
    }

    @Test
    void dataWithoutAHashOrWithAWrongShapeIsABadRequest() throws Exception {
        Map<String, Object> data = widget(42, clock.instant());
        telegram(data).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        Map<String, Object> nested = signed(widget(42, clock.instant()));
        nested.put("first_name", Map.of("a", 1));
        telegram(nested).andExpect(status().isBadRequest());
    }

    private long linked(SchoolFixture.World w) {
        long telegramId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        users.linkTelegram(w.teacher().id(), new TelegramIdentity(telegramId, telegramId, "Olena", "Koval", "uk"));
        return telegramId;
    }

    private ResultActions telegram(Map<String, Object> data) throws Exception {
        String json = data.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof String s ? "\"" + s + "\"" : String.valueOf(e.getValue())))
                .collect(Collectors.joining(",", "{", "}"));
        return mvc.perform(post("/api/auth/telegram").header("Accept-Language", "en").with(Csrf.token(mvc)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static void expectUnauthorized(ResultActions result, String detail) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(detail)))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    private static Map<String, Object> widget(long telegramId, Instant authDate) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", telegramId);
        data.put("first_name", "Олена");
        data.put("last_name", "Коваль");
        data.put("username", "olena_k");
        data.put("photo_url", "https://t.me/i/userpic/320/olena.jpg");
        data.put("auth_date", authDate.getEpochSecond());
        return data;
    }

    private Map<String, Object> signed(Map<String, Object> data) throws Exception {
        data.put("hash", hash(data, botToken));
        return data;
    }

    /** Telegram's recipe, written out independently of the code under test. */
    private static String hash(Map<String, Object> data, String token) throws Exception {
        String checkString = new TreeMap<>(data).entrySet().stream().filter(e -> !e.getKey().equals("hash"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(checkString.getBytes(StandardCharsets.UTF_8)));
    }
}

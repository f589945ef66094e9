package ua.zalik.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole app over HTTP, as a browser loads the dashboard (same profiles as ZalikApplicationTests: one context). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "test"})
class DashboardTests {

    private static final String ROOT_DIV = "<div id=\"root\"></div>";

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void rootServesTheDashboard() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains(ROOT_DIV).contains("/assets/");
    }

    @Test
    void reloadingADashboardRouteServesTheSamePage() throws Exception {
        String root = get("/").body();

        for (String route : new String[] {"/classes", "/classes/", "/classes/42/students", "/login"}) {
            HttpResponse<String> page = get(route);
            assertThat(page.statusCode()).as(route).isEqualTo(200);
            assertThat(page.body()).as(route).isEqualTo(root);
            assertThat(page.headers().firstValue("Cache-Control")).as(route).hasValue("no-cache");
        }
    }

    @Test
    void assetsOfThePageAreServedAndAMissingOneIsNotThePage() throws Exception {
        String script = get("/").body().replaceFirst("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
        assertThat(script).startsWith("/assets/");
        assertThat(get(script).statusCode()).isEqualTo(200);

        HttpResponse<String> missing = get("/assets/no-such-chunk.js");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain(ROOT_DIV);
    }

    @Test
    void unknownApiPathIsAProblemNotThePage() throws Exception {
        HttpResponse<String> anonymous = get("/api/nonexistent");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.body()).doesNotContain(ROOT_DIV);

        logInAsDemoAdmin();
        HttpResponse<String> known = get("/api/nonexistent");
        assertThat(known.statusCode()).isEqualTo(404);
        assertThat(known.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(known.body()).doesNotContain(ROOT_DIV);
    }

    @Test
    void dashboardConfigIsJsonNotThePage() throws Exception {
        HttpResponse<String> config = get("/config.json");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"apiBase\":\"/api\"").doesNotContain(ROOT_DIV);
    }

    @Test
    void onlyPathsWithoutAnExtensionOutsideTheServerAreasArePages() {
        assertThat(SpaFallbackMapping.isPage("/classes")).isTrue();
        assertThat(SpaFallbackMapping.isPage("/classes/7/students")).isTrue();
        assertThat(SpaFallbackMapping.isPage("/api/classes")).isFalse();
        assertThat(SpaFallbackMapping.isPage("/api")).isFalse();
        assertThat(SpaFallbackMapping.isPage("/actuator/nothing")).isFalse();
        assertThat(SpaFallbackMapping.isPage("/telegram/webhook")).isFalse();
        assertThat(SpaFallbackMapping.isPage("/assets/app.js")).isFalse();
        assertThat(SpaFallbackMapping.isPage("/favicon.ico")).isFalse();
    }

    // the demo school's admin (README: demo logins), seeded by the local profile
    private void logInAsDemoAdmin() throws Exception {
        get("/api/auth/csrf");
        String token = cookies.getCookieStore().get(URI.create(url("/"))).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url("/api/auth/login")))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"admin@demo.zalik.ua\",\"password\":\"zalik-demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

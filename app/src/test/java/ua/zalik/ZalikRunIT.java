package ua.zalik;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged jar the way {@code ./zalik run} does (unpacked, with a class-data archive; own process, default
 * local profile, embedded services, data in a folder), as a newcomer would use it: health, demo login, classes, API
 * docs, metrics, and a restart (with JSON logs) that keeps data and starts from the archive the first run wrote.
 * Runs in the integration-test phase, after the jar is built.
 */
class ZalikRunIT {

    private static final Path JAR = Path.of("target", "zalik-app.jar");

    @TempDir Path dataDir;
    private Process zalik;
    private Path log;

    @AfterEach
    void stop() throws InterruptedException {
        if (zalik != null && zalik.isAlive()) {
            zalik.destroy();
            zalik.waitFor(30, TimeUnit.SECONDS);
            zalik.destroyForcibly();
        }
    }

    @Test
    void startsWithADemoSchoolTheAdminCanUseAndKeepsItsDataAcrossRestarts() throws Exception {
        int port = freePort();
        start(port, "text");
        assertThat(Files.readString(log)).contains("admin@demo.zalik.ua").contains("http://localhost:" + port);

        Client admin = new Client(port);
        admin.login("admin@demo.zalik.ua", "zalik-demo");
        HttpResponse<String> classes = admin.get("/api/classes");
        assertThat(classes.statusCode()).isEqualTo(200);
        assertThat(classes.body()).contains("7-А").contains("8-Б");
        HttpResponse<String> created = admin.send("POST", "/api/classes",
                "{\"name\":\"11-Р\",\"grade\":11,\"academicYear\":\"2026/2027\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<String> docs = admin.get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        for (String path : new String[] {"/api/auth/login", "/api/schools/current", "/api/classes", "/api/subjects",
                "/api/teaching", "/api/terms", "/api/users", "/api/guardians", "/api/invites", "/api/classes/{id}/students"}) {
            assertThat(docs.body()).as(path).contains("\"" + path + "\"");
        }
        assertThat(admin.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");

        zalik.destroy();
        assertThat(zalik.waitFor(60, TimeUnit.SECONDS)).as("graceful shutdown").isTrue();
        assertThat(archive()).as("the JVM wrote its class-data archive on the way out").isNotEmptyFile();

        start(port, "json");
        assertThat(Files.readString(log).lines().filter(line -> line.startsWith("{")))
                .as("ZALIK_LOG_FORMAT=json writes one JSON object per line")
                .isNotEmpty().allMatch(line -> line.endsWith("}")
                        // ECS names the level log.level: flat in older Spring Boot versions, nested in 4.x
                        && (line.contains("\"log.level\"") || line.contains("\"log\":{\"level\"")));
        Client again = new Client(port);
        again.login("admin@demo.zalik.ua", "zalik-demo");
        String after = again.get("/api/classes").body();
        assertThat(after).contains("11-Р");
        assertThat(after.split("\"7-А\"", -1)).as("the demo school is seeded once").hasSize(2);
    }

    /** The jar unpacked as the launcher and the production unit do it ({@code -Djarmode=tools extract}), once. */
    private Path unpacked(String java) throws Exception {
        Path dir = dataDir.resolve("app");
        if (!Files.exists(dir.resolve("zalik-app.jar"))) {
            Process extract = new ProcessBuilder(java, "-Djarmode=tools", "-jar", JAR.toAbsolutePath().toString(),
                    "extract", "--destination", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("extract.log").toFile()).start();
            assertThat(extract.waitFor(60, TimeUnit.SECONDS) && extract.exitValue() == 0)
                    .as("extract:\n%s", Files.readString(dataDir.resolve("extract.log"))).isTrue();
        }
        return dir.resolve("zalik-app.jar");
    }

    private Path archive() {
        return dataDir.resolve("app").resolve("zalik.jsa");
    }

    private void start(int port, String logFormat) throws Exception {
        log = Files.createTempFile(dataDir, "zalik", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + archive(), "-jar", unpacked(java).toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("ZALIK_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("ZALIK_LOG_FORMAT", logFormat);
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        zalik = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpClient http = HttpClient.newHttpClient();
        while (Instant.now().isBefore(deadline)) {
            assertThat(zalik.isAlive()).as("Zalik exited early:\n%s", tail()).isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not healthy within 90 s:\n" + tail());
    }

    private String tail() throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
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

        void login(String email, String password) throws Exception {
            assertThat(get("/api/auth/csrf").statusCode()).isEqualTo(200);
            HttpResponse<String> login = send("POST", "/api/auth/login",
                    "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .findFirst().orElseThrow().getValue();
            return http.send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}

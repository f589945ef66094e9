package ua.zalik.embedded;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedServicesTests {

    @Test
    void startsPostgresRedisAndSqsWhenNoUrlsAreGiven() throws Exception {
        MockEnvironment env = new MockEnvironment()
                .withProperty("zalik.embedded.postgres", "true")
                .withProperty("zalik.embedded.redis", "true")
                .withProperty("zalik.embedded.sqs", "true");

        new EmbeddedServicesEnvironmentPostProcessor().postProcessEnvironment(env, null);

        try (Connection connection = DriverManager.getConnection(env.getProperty("spring.datasource.url"), "postgres", "");
             ResultSet rs = connection.createStatement().executeQuery("show server_version")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("17.");
        }
        URI redis = URI.create(env.getProperty("zalik.redis.url"));
        try (Socket socket = new Socket(redis.getHost(), redis.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readNBytes(7), StandardCharsets.US_ASCII)).isEqualTo("+PONG\r\n");
        }
        HttpResponse<String> sqs = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(env.getProperty("zalik.sqs.endpoint") + "/?Action=ListQueues")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sqs.statusCode()).isEqualTo(200);
    }

    @Test
    void postgresStoppedAndStartedAgainKeepsItsPortAndItsData() throws Exception {
        String url = EmbeddedPostgresServer.jdbcUrl(null);
        int port = EmbeddedPostgresServer.port();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.createStatement().execute("create table kept_over_restart (word text)");
            connection.createStatement().execute("insert into kept_over_restart values ('залік')");
        }

        EmbeddedPostgresServer.stop();
        try {
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close()).isInstanceOf(SQLException.class);
        } finally {
            EmbeddedPostgresServer.restart();
        }

        assertThat(EmbeddedPostgresServer.port()).isEqualTo(port);
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             ResultSet rs = connection.createStatement().executeQuery("select word from kept_over_restart")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("залік");
        }
    }

    @Test
    void givenDatabaseUrlWinsOverEmbedded() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("zalik.embedded.postgres", "true")
                .withProperty("zalik.db.url", "jdbc:postgresql://db.example:5432/zalik")
                .withProperty("zalik.db.user", "app");

        new EmbeddedServicesEnvironmentPostProcessor().postProcessEnvironment(env, null);

        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/zalik");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("app");
    }
}

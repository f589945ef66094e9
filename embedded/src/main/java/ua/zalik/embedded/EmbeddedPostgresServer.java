package ua.zalik.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One embedded PostgreSQL 17 per JVM: persistent under a data folder for local runs, throw-away in tests. */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;
    private static Path dataDirectory;

    private EmbeddedPostgresServer() {
    }

    public static synchronized String jdbcUrl(Path persistentDirectory) {
        if (server == null) {
            server = start(persistentDirectory);
        } else if (persistentDirectory != null && !persistentDirectory.equals(dataDirectory)) {
            throw new IllegalStateException("Embedded PostgreSQL already runs on " + dataDirectory);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    public static synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Embedded PostgreSQL is not started");
        }
        return server.getPort();
    }

    private static EmbeddedPostgres start(Path persistentDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", persistentDirectory == null ? "off" : "on")
                    .setServerConfig("synchronous_commit", persistentDirectory == null ? "off" : "on")
                    .setServerConfig("full_page_writes", persistentDirectory == null ? "off" : "on");
            if (persistentDirectory != null) {
                Files.createDirectories(persistentDirectory);
                builder.setDataDirectory(persistentDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres started = builder.start();
            dataDirectory = persistentDirectory;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started), "embedded-postgres-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away; PostgreSQL recovers from an unclean stop on its next start
        }
    }
}

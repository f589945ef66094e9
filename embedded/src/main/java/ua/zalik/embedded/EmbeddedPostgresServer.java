package ua.zalik.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL 17 per JVM: persistent under a data folder for local runs, throw-away in tests (a folder of
 * its own, deleted when the JVM stops). It can be stopped and started again on the same port and data, for tests and
 * benchmarks of what happens while the database is away.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;
    private static Path persistent;
    private static Path data;
    private static boolean running;

    private EmbeddedPostgresServer() {
    }

    public static synchronized String jdbcUrl(Path persistentDirectory) {
        if (server == null) {
            start(persistentDirectory);
        } else if (persistentDirectory != null && !persistentDirectory.equals(persistent)) {
            throw new IllegalStateException("Embedded PostgreSQL already runs on " + data);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    public static synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Embedded PostgreSQL is not started");
        }
        return server.getPort();
    }

    /** Stops PostgreSQL (a fast shutdown: open connections are cut); {@link #restart()} brings it back. */
    public static synchronized void stop() {
        if (server != null && running) {
            closeQuietly(server);
            running = false;
        }
    }

    /** Starts PostgreSQL again on the same port and data after {@link #stop()}. */
    public static synchronized void restart() {
        if (server == null) {
            throw new IllegalStateException("Embedded PostgreSQL was never started");
        }
        if (!running) {
            server = boot(server.getPort());
        }
    }

    private static void start(Path persistentDirectory) {
        try {
            persistent = persistentDirectory;
            data = persistentDirectory != null ? Files.createDirectories(persistentDirectory)
                    : Files.createTempDirectory("zalik-postgres-");
            server = boot(0);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::shutdown, "embedded-postgres-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres boot(int port) {
        boolean durable = persistent != null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres started = builder.start();
            running = true;
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static synchronized void shutdown() {
        stop();
        if (persistent == null && data != null) {
            deleteQuietly(data);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away; PostgreSQL recovers from an unclean stop on its next start
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder left behind is the system's to clean
        }
    }
}

package ua.zalik.embedded;

import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One embedded Redis binary per JVM on loopback, for tests; local runs use Redis only when given a URL. */
public final class EmbeddedRedisServer {

    private static RedisServer server;
    private static int port;

    private EmbeddedRedisServer() {
    }

    public static synchronized String url() {
        if (server == null) {
            port = FreePorts.find();
            try {
                RedisServer started = RedisServer.newRedisServer()
                        .port(port)
                        .setting("bind 127.0.0.1")
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                started.start();
                server = started;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(started), "embedded-redis-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded Redis", e);
            }
        }
        return "redis://127.0.0.1:" + port;
    }

    /** Stops and restarts Redis on the same port: for tests of what happens while it is away. */
    public static synchronized void stop() {
        if (server != null) {
            stopQuietly(server);
        }
    }

    public static synchronized void restart() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopQuietly(RedisServer redis) {
        try {
            redis.stop();
        } catch (IOException ignored) {
            // already gone
        }
    }
}

package ua.zalik.bench;

import ua.zalik.bot.fakeapi.FakeBotApi;
import ua.zalik.bot.fakeapi.FakeOptions;
import ua.zalik.embedded.EmbeddedPostgresServer;
import ua.zalik.embedded.EmbeddedRedisServer;
import ua.zalik.embedded.EmbeddedSqsServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local cluster on loopback: PostgreSQL, Redis and ElasticMQ (the project's embedded ones) started once in this
 * JVM, the fake Bot API as Telegram, N Zalik processes in webhook mode and nginx in front of them.
 */
final class Cluster implements AutoCloseable {

    static final String SECRET = "bench-webhook-secret";

    record Options(int instances, boolean nginx, Path dir, List<String> jvmOptions, FakeOptions telegram) {
    }

    private final Options options;
    private final List<Instance> instances = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();
    private FakeBotApi telegram;
    private Process nginx;
    private int lbPort;
    private String jdbcUrl;

    private Cluster(Options options) {
        this.options = options;
    }

    static Cluster start(Options options) {
        Cluster cluster = new Cluster(options);
        try {
            cluster.boot();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private void boot() {
        try {
            Files.createDirectories(options.dir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a fresh database per run: fsync on, as a real one (the tests' throw-away PostgreSQL has it off)
        Path data = options.dir().resolve("postgres-" + ProcessHandle.current().pid());
        jdbcUrl = EmbeddedPostgresServer.jdbcUrl(data);
        telegram = FakeBotApi.start(options.telegram());
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < options.instances(); i++) {
            ports.add(freePort());
        }
        lbPort = options.nginx() ? freePort() : ports.getFirst();
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("ZALIK_SANDBOX", "false");
        env.put("ZALIK_DB_URL", jdbcUrl);
        env.put("ZALIK_DB_USER", "postgres");
        env.put("ZALIK_REDIS_URL", EmbeddedRedisServer.url());
        env.put("ZALIK_SQS_ENDPOINT", EmbeddedSqsServer.endpoint());
        env.put("TELEGRAM_BOT_TOKEN", telegram.token());
        env.put("TELEGRAM_BOT_USERNAME", telegram.botUsername());
        env.put("TELEGRAM_API_URL", telegram.baseUrl());
        env.put("TELEGRAM_MODE", "webhook");
        env.put("TELEGRAM_WEBHOOK_URL", "http://127.0.0.1:" + lbPort + "/telegram/webhook");
        env.put("TELEGRAM_WEBHOOK_SECRET", SECRET);
        for (int i = 0; i < options.instances(); i++) {
            Map<String, String> own = new HashMap<>(env);
            own.put("ZALIK_DATA_DIR", options.dir().resolve("zalik-" + (i + 1)).toString());
            instances.add(new Instance("zalik-" + (i + 1), ports.get(i), own, options.jvmOptions(), options.dir()));
        }
        if (options.nginx()) {
            startNginx(ports);
        }
        // the first migrates the database and seeds the demo school alone; the others then start together
        instances.getFirst().start();
        Duration first = instances.getFirst().awaitHealthy(Duration.ofMinutes(3));
        System.out.println("   " + instances.getFirst().name() + " healthy after " + first.toMillis() + " ms (migrations included)");
        instances.stream().skip(1).forEach(Instance::start);
        instances.stream().skip(1).forEach(instance -> System.out.println("   " + instance.name() + " healthy after "
                + instance.awaitHealthy(Duration.ofMinutes(3)).toMillis() + " ms"));
    }

    private void startNginx(List<Integer> ports) {
        Path dir = options.dir().resolve("nginx");
        StringBuilder upstream = new StringBuilder();
        ports.forEach(port -> upstream.append("    server 127.0.0.1:").append(port)
                .append(" max_fails=1 fail_timeout=2s;\n"));
        String config = """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 4096; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream zalik {
                %2$s    keepalive 64;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    client_max_body_size 6m;
                    location / {
                      proxy_pass http://zalik;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_next_upstream error timeout http_502 http_503;
                      proxy_connect_timeout 1s;
                    }
                  }
                }
                """.formatted(dir.toAbsolutePath(), upstream, lbPort);
        try {
            Files.createDirectories(dir);
            for (String temp : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi")) {
                Files.createDirectories(dir.resolve(temp));
                dir.resolve(temp).toFile().setWritable(true, false);
            }
            Files.writeString(dir.resolve("nginx.conf"), config);
            nginx = new ProcessBuilder(nginxBinary(), "-p", dir.toAbsolutePath().toString(), "-c",
                    dir.resolve("nginx.conf").toAbsolutePath().toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start nginx (apt-get install nginx)", e);
        }
        System.out.println("   nginx on 127.0.0.1:" + lbPort + " in front of " + ports);
    }

    private static String nginxBinary() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "nginx";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where clients go: nginx, or the only instance. */
    String url() {
        return "http://127.0.0.1:" + lbPort;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    Map<String, String> environment() {
        return env;
    }

    FakeBotApi telegram() {
        return telegram;
    }

    List<Instance> instances() {
        return instances;
    }

    @Override
    public void close() {
        instances.forEach(Instance::close);
        if (nginx != null) {
            nginx.destroy();
        }
        if (telegram != null) {
            telegram.close();
        }
    }
}

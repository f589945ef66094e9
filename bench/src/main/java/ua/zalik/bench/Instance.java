package ua.zalik.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Zalik process on its own port, started as `./zalik run` and the production unit start it: the unpacked jar
 * ({@code ./zalik bench} unpacks it) with a class-data archive that the JVM writes when the process stops and reads on
 * its next start ({@code archive}: instances started one after another may share one, concurrent ones must not).
 */
final class Instance implements AutoCloseable {

    /** The production unit's memory flags (as {@code ./zalik run}); {@code jvm=} replaces them (docs/performance.md). */
    static final String MEMORY_OPTIONS = "-Xmx128m,-XX:+UseSerialGC";
    static final Path DIR = Path.of("app/target/zalik");
    static final Path JAR = DIR.resolve("zalik-app.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private final String archive;
    private final Path log;
    private Process process;
    private long startedAt;

    Instance(String name, int port, Map<String, String> env, List<String> jvmOptions, Path dir) {
        this(name, port, env, jvmOptions, dir, name);
    }

    Instance(String name, int port, Map<String, String> env, List<String> jvmOptions, Path dir, String archive) {
        this.name = name;
        this.port = port;
        this.env = env;
        this.jvmOptions = jvmOptions;
        this.archive = archive;
        this.log = dir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the benchmarks with ./zalik bench");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!jvmOptions.contains("-Xshare:off")) {
            command.add("-XX:+AutoCreateSharedArchive");
            command.add("-XX:SharedArchiveFile=" + DIR.resolve(archive + ".jsa"));
        }
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // as the production unit: glibc returns freed blocks of 32 KB and more (C2's compile arenas) to the system
        builder.environment().putIfAbsent("MALLOC_MMAP_THRESHOLD_", "32768");
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        try {
            startedAt = System.nanoTime();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the readiness probe; returns the time from start to healthy. */
    Duration awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (healthy()) {
                return Duration.ofNanos(System.nanoTime() - startedAt);
            }
            sleep(50);
        }
        throw new IllegalStateException(name + " not healthy within " + timeout + "; see " + log);
    }

    boolean healthy() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Resident memory of the process in MB (Linux /proc), or -1. */
    long residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // gone or not Linux
        }
        return -1;
    }

    /** CPU time the process has used so far, user and system, in seconds (Linux /proc; clock ticks of 1/100 s), or -1. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The app's own Prometheus text (for its timers and counters). */
    String prometheus() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** kill -9: no shutdown hook, no graceful anything. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                // the JVM writes its class-data archive on the way out: give it time
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

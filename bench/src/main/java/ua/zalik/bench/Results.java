package ua.zalik.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** Prints a scenario's numbers, writes its chart, and appends its row (for docs/performance.md) to results.md. */
final class Results {

    private final Path dir;
    private final String command;

    Results(Path dir, String command) {
        this.dir = dir;
        this.command = command;
    }

    Path dir() {
        return dir;
    }

    /** The row: date, scenario, size, the numbers, what the target was, the machine and the command. */
    void report(String scenario, String size, Recorder recorder, String extra, String target) {
        Recorder.Summary s = recorder.summary();
        Path chart = Charts.write(dir, scenario, scenario + " (" + size + ")", recorder.samples());
        if (!recorder.errorKinds().isEmpty()) {
            extra = extra + (extra.isEmpty() ? "" : "; ") + "errors: " + recorder.errorKinds();
        }
        System.out.println("== " + scenario + " (" + size + "): " + s.line() + (extra.isEmpty() ? "" : " " + extra));
        System.out.println("   chart: " + chart);
        String row = String.format(Locale.ROOT, "| %s | %s | %s | %.1f/s | %.1f | %.1f | %.1f | %d | %s | %s | %s | `%s` |%n",
                LocalDate.now(ZoneOffset.UTC), scenario, size, s.perSecond(), s.p50Ms(), s.p95Ms(), s.p99Ms(),
                s.errors(), extra, target, machine(), command);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("results.md"), row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException ignored) {
            // not Linux: the core count says enough
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", load "
                + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}

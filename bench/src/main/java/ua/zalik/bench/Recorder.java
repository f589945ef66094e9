package ua.zalik.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** What one scenario measured: each operation's latency and when it ended, and the operations that failed. */
final class Recorder {

    /** One finished operation: when it ended (ns since the start) and how long it took (ns). */
    record Sample(long endedAt, long nanos) {
    }

    /** The numbers a scenario prints and puts in docs/performance.md. */
    record Summary(long count, long errors, double seconds, double perSecond, double p50Ms, double p95Ms,
                   double p99Ms, double maxMs) {

        String line() {
            return String.format(java.util.Locale.ROOT,
                    "count=%d errors=%d time=%.1fs throughput=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms",
                    count, errors, seconds, perSecond, p50Ms, p95Ms, p99Ms, maxMs);
        }
    }

    private final long start = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();
    private final AtomicLong errors = new AtomicLong();
    private final java.util.Map<String, AtomicLong> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long end;

    /** Records an operation that started at {@code startedNanos} (System.nanoTime) and just ended. */
    void ok(long startedNanos) {
        long now = System.nanoTime();
        synchronized (samples) {
            samples.add(new Sample(now - start, now - startedNanos));
        }
    }

    void ok(long startedNanos, long endedNanos) {
        synchronized (samples) {
            samples.add(new Sample(endedNanos - start, endedNanos - startedNanos));
        }
    }

    void error() {
        error("failed");
    }

    /** A failed operation, counted by what went wrong (a status, an exception's class). */
    void error(String kind) {
        errors.incrementAndGet();
        errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    /** e.g. "401×3, HttpTimeoutException×2", or "" when none failed. */
    String errorKinds() {
        return errorKinds.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "×" + e.getValue().get()).collect(java.util.stream.Collectors.joining(", "));
    }

    long errors() {
        return errors.get();
    }

    /** Ends the measured period (throughput counts up to here); the last sample's end by default. */
    void finish() {
        end = System.nanoTime();
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    Summary summary() {
        long[] nanos;
        synchronized (samples) {
            nanos = samples.stream().mapToLong(Sample::nanos).toArray();
        }
        Arrays.sort(nanos);
        double seconds = ((end == 0 ? System.nanoTime() : end) - start) / 1e9;
        return new Summary(nanos.length, errors.get(), seconds, nanos.length / Math.max(seconds, 1e-9),
                ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)),
                ms(nanos.length == 0 ? 0 : nanos[nanos.length - 1]));
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    private static double ms(long nanos) {
        return nanos / (double) TimeUnit.MILLISECONDS.toNanos(1);
    }
}

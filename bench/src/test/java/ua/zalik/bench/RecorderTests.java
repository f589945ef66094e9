package ua.zalik.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness's arithmetic and its outputs; the benchmarks themselves never run in ./zalik test. */
class RecorderTests {

    @Test
    void percentilesAreNearestRankOverTheRecordedLatencies() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = (i + 1) * 1_000_000L;
        }
        assertThat(Recorder.percentile(sorted, 50)).isEqualTo(50_000_000L);
        assertThat(Recorder.percentile(sorted, 99)).isEqualTo(99_000_000L);
        assertThat(Recorder.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Recorder.percentile(new long[0], 50)).isZero();
    }

    @Test
    void summaryCountsErrorsApartAndReportWritesAChartAndARow(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Recorder recorder = new Recorder();
        long now = System.nanoTime();
        recorder.ok(now - 2_000_000, now);
        recorder.ok(now - 4_000_000, now);
        recorder.error();
        recorder.finish();

        Recorder.Summary summary = recorder.summary();
        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.p99Ms()).isEqualTo(4.0);

        new Results(dir, "./zalik bench test").report("unit", "2 ops", recorder, "extra", "target");
        assertThat(dir.resolve("unit.png")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("results.md"))).contains("| unit | 2 ops |", "| 1 |", "`./zalik bench test`");
    }
}

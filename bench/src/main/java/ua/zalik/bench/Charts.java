package ua.zalik.bench;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A PNG per run: latency percentiles and throughput per second over the run (XChart, as the worktime chart). */
final class Charts {

    private Charts() {
    }

    static Path write(Path dir, String name, String title, List<Recorder.Sample> samples) {
        TreeMap<Long, List<Long>> bySecond = new TreeMap<>();
        for (Recorder.Sample sample : samples) {
            bySecond.computeIfAbsent(sample.endedAt() / 1_000_000_000L, s -> new ArrayList<>()).add(sample.nanos());
        }
        List<Double> seconds = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> second : bySecond.entrySet()) {
            long[] sorted = second.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            seconds.add(second.getKey().doubleValue());
            p50.add(Recorder.percentile(sorted, 50) / 1e6);
            p99.add(Recorder.percentile(sorted, 99) / 1e6);
            rate.add((double) sorted.length);
        }
        if (seconds.isEmpty()) {
            seconds.add(0.0);
            p50.add(0.0);
            p99.add(0.0);
            rate.add(0.0);
        }
        XYChart chart = new XYChartBuilder().width(900).height(450).title(title)
                .xAxisTitle("seconds into the run").yAxisTitle("latency, ms").build();
        chart.getStyler().setMarkerSize(3);
        chart.addSeries("p50 ms", seconds, p50);
        chart.addSeries("p99 ms", seconds, p99);
        XYSeries throughput = chart.addSeries("done per second", seconds, rate);
        throughput.setYAxisGroup(1);
        chart.setYAxisGroupTitle(1, "per second");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

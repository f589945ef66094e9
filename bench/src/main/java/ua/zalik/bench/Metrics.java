package ua.zalik.bench;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the app's own meters from its Prometheus text. */
final class Metrics {

    private Metrics() {
    }

    /** Sum over the instances of every sample of {@code name} whose labels contain {@code label} (or all). */
    static double sum(List<Instance> instances, String name, String label) {
        double total = 0;
        for (Instance instance : instances) {
            total += sum(instance.prometheus(), name, label);
        }
        return total;
    }

    static double sum(String text, String name, String label) {
        double total = 0;
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})?\\s+(\\S+)", Pattern.MULTILINE);
        Matcher m = line.matcher(text);
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            if (label == null || labels.contains(label)) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    /** The turn timer's p50/p95/p99 (ms) as one instance publishes them. */
    static String turns(Instance instance) {
        String text = instance.prometheus();
        return String.format(Locale.ROOT, "%s turn p50/p95/p99 %.1f/%.1f/%.1f ms", instance.name(),
                1000 * sum(text, "zalik_telegram_turns_seconds", "quantile=\"0.5\""),
                1000 * sum(text, "zalik_telegram_turns_seconds", "quantile=\"0.95\""),
                1000 * sum(text, "zalik_telegram_turns_seconds", "quantile=\"0.99\""));
    }
}

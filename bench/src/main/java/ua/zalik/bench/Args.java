package ua.zalik.bench;

import java.util.HashMap;
import java.util.Map;

/** key=value arguments after the scenario name. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got " + args[i]);
            }
            values.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
    }

    int integer(String key, int fallback) {
        return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
    }

    String string(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    boolean flag(String key, boolean fallback) {
        return values.containsKey(key) ? Boolean.parseBoolean(values.get(key)) : fallback;
    }
}

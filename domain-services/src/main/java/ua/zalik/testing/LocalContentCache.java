package ua.zalik.testing;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The in-process fallback: the most recently used entries, bounded. */
final class LocalContentCache implements ContentCache {

    private final Map<String, String> entries;

    LocalContentCache(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized Map<String, String> getAll(Collection<String> keys) {
        Map<String, String> found = new HashMap<>();
        for (String key : keys) {
            String value = entries.get(key);
            if (value != null) {
                found.put(key, value);
            }
        }
        return found;
    }

    @Override
    public synchronized void putAll(Map<String, String> values) {
        entries.putAll(values);
    }

    @Override
    public synchronized void evict(String key) {
        entries.remove(key);
    }
}

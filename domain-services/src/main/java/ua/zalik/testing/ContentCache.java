package ua.zalik.testing;

import java.util.Collection;
import java.util.Map;

/** Question versions as JSON by key: Redis when {@code zalik.redis.url} is set, else this process's memory. */
interface ContentCache {

    Map<String, String> getAll(Collection<String> keys);

    void putAll(Map<String, String> entries);

    void evict(String key);
}

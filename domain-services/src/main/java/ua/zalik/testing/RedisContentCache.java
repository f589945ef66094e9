package ua.zalik.testing;

import io.lettuce.core.KeyValue;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Question versions in Redis, shared by every instance. Redis being away is a miss, never an error: the caller reads
 * PostgreSQL instead, so the system stays correct, only slower.
 */
final class RedisContentCache implements ContentCache, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisContentCache.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final RedisClient client;
    private final Duration ttl;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile long lastWarning;

    RedisContentCache(String redisUrl, Duration ttl) {
        this.client = RedisClient.create(redisUrl);
        this.client.setDefaultTimeout(TIMEOUT);
        this.ttl = ttl;
    }

    @Override
    public Map<String, String> getAll(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, String> found = new HashMap<>();
            for (KeyValue<String, String> value : connection().sync().mget(keys.toArray(String[]::new))) {
                if (value.hasValue()) {
                    found.put(value.getKey(), value.getValue());
                }
            }
            return found;
        } catch (RuntimeException e) {
            warn(e);
            return Map.of();
        }
    }

    @Override
    public void putAll(Map<String, String> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            RedisAsyncCommands<String, String> async = connection().async();
            List<RedisFuture<String>> writes = new ArrayList<>();
            entries.forEach((key, value) -> writes.add(async.set(key, value, SetArgs.Builder.ex(ttl))));
            LettuceFutures.awaitAll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS, writes.toArray(RedisFuture[]::new));
        } catch (RuntimeException e) {
            warn(e);
        }
    }

    @Override
    public void evict(String key) {
        try {
            connection().sync().del(key);
        } catch (RuntimeException e) {
            // an entry that cannot be evicted expires with its TTL; versions in use never change, so it is not wrong meanwhile
            warn(e);
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown();
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            synchronized (this) {
                if (connection == null) {
                    connection = client.connect();
                }
                current = connection;
            }
        }
        return current;
    }

    private void warn(RuntimeException e) {
        long now = System.currentTimeMillis();
        if (now - lastWarning > 60_000) {
            lastWarning = now;
            log.warn("Redis content cache unavailable, reading question versions from PostgreSQL: {}", e.toString());
        }
    }
}

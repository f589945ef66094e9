package ua.zalik.bot.sending;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/** Buckets in Redis shared by every instance; one Lua script takes from all buckets atomically on Redis's clock. */
final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);

    private static final String SCRIPT = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local reserve = tonumber(ARGV[1])
            local wait = 0
            local tokens = {}
            for i, key in ipairs(KEYS) do
              local cap = tonumber(ARGV[2 * i])
              local rate = tonumber(ARGV[2 * i + 1])
              local s = redis.call('HMGET', key, 'tokens', 'ts')
              local have = tonumber(s[1]) or cap
              local ts = tonumber(s[2]) or now
              have = math.min(cap, have + math.max(0, now - ts) * rate)
              local need = 1
              if i == 1 then need = 1 + reserve end
              if have < need then wait = math.max(wait, math.ceil((need - have) / rate)) end
              tokens[i] = have
            end
            if wait > 0 then return wait end
            for i, key in ipairs(KEYS) do
              local cap = tonumber(ARGV[2 * i])
              local rate = tonumber(ARGV[2 * i + 1])
              redis.call('HSET', key, 'tokens', tostring(tokens[i] - 1), 'ts', tostring(now))
              redis.call('PEXPIRE', key, math.ceil(cap / rate) + 1000)
            end
            return 0
            """;

    private final RedisClient client;
    private final RateLimiter fallback = new LocalRateLimiter();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile long lastConnectFailure;
    private volatile long lastWarning;

    /** Connects on first use: a Redis away at start-up must not keep Zalik from starting (bench/ kill -9 + Redis down). */
    RedisRateLimiter(String redisUrl) {
        this.client = RedisClient.create(redisUrl);
        this.client.setDefaultTimeout(Duration.ofSeconds(2));
    }

    @Override
    public long tryAcquire(List<Bucket> buckets, int reserve) {
        String[] keys = new String[buckets.size()];
        String[] args = new String[1 + 2 * buckets.size()];
        args[0] = Integer.toString(reserve);
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            keys[i] = "zalik:tg:{rl}:" + bucket.key();
            args[1 + 2 * i] = Integer.toString(bucket.capacity());
            args[2 + 2 * i] = Double.toString(bucket.perSecond() / 1000.0);
        }
        try {
            Long wait = connection().sync().eval(SCRIPT, ScriptOutputType.INTEGER, keys, args);
            return wait == null ? 0 : wait;
        } catch (RuntimeException e) {
            warn(e);
            return fallback.tryAcquire(buckets, reserve);
        }
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (connection == null) {
                // while Redis stays away, try again at most once a second; sends meanwhile use the local buckets
                if (System.currentTimeMillis() - lastConnectFailure < 1000) {
                    throw new IllegalStateException("Redis unavailable (retrying shortly)");
                }
                try {
                    connection = client.connect();
                } catch (RuntimeException e) {
                    lastConnectFailure = System.currentTimeMillis();
                    throw e;
                }
            }
            return connection;
        }
    }

    private void warn(RuntimeException e) {
        long now = System.currentTimeMillis();
        if (now - lastWarning > 60_000) {
            lastWarning = now;
            log.warn("Redis rate limiter unavailable, limiting in this process only: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown();
    }
}

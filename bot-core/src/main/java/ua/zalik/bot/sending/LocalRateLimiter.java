package ua.zalik.bot.sending;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Buckets in this process only: used without Redis, and while Redis is away. */
final class LocalRateLimiter implements RateLimiter {

    private static final int FORGET_AFTER = 50_000;

    private final Map<String, double[]> buckets = new HashMap<>();

    @Override
    public synchronized long tryAcquire(List<Bucket> wanted, int reserve) {
        long now = System.nanoTime();
        if (buckets.size() > FORGET_AFTER) {
            buckets.clear(); // forgetting a bucket only makes it full again: a short burst at worst
        }
        double wait = 0;
        double[][] states = new double[wanted.size()][];
        for (int i = 0; i < wanted.size(); i++) {
            Bucket bucket = wanted.get(i);
            double[] state = buckets.computeIfAbsent(bucket.key(), k -> new double[] {bucket.capacity(), now});
            state[0] = Math.min(bucket.capacity(), state[0] + (now - state[1]) / 1e9 * bucket.perSecond());
            state[1] = now;
            double need = 1 + (i == 0 ? reserve : 0);
            if (state[0] < need) {
                wait = Math.max(wait, (need - state[0]) / bucket.perSecond() * 1000);
            }
            states[i] = state;
        }
        if (wait > 0) {
            return (long) Math.ceil(wait);
        }
        for (double[] state : states) {
            state[0] -= 1;
        }
        return 0;
    }
}

package ua.zalik.bot.sending;

import org.junit.jupiter.api.Test;
import ua.zalik.embedded.EmbeddedRedisServer;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RedisRateLimiterTests {

    @Test
    void twoInstancesShareOneBucketAndTogetherStayWithinIt() {
        String url = EmbeddedRedisServer.url();
        // a bucket of 5 refilled once a minute: within the test nothing refills, so the total is exact
        Bucket group = new Bucket("chat:-" + UUID.randomUUID(), 5, 1 / 60.0);
        int taken = 0;
        try (var first = new RedisRateLimiter(url); var second = new RedisRateLimiter(url)) {
            for (int i = 0; i < 10; i++) {
                taken += first.tryAcquire(List.of(group), 0) == 0 ? 1 : 0;
                taken += second.tryAcquire(List.of(group), 0) == 0 ? 1 : 0;
            }
            assertThat(first.tryAcquire(List.of(group), 0)).isPositive();
        }
        assertThat(taken).isEqualTo(5);
    }

    @Test
    void redisAwayAtStartLimitsLocallyAndSharesOnceItIsBack() throws Exception {
        String url = EmbeddedRedisServer.url();
        Bucket group = new Bucket("chat:-" + UUID.randomUUID(), 2, 1 / 60.0);
        EmbeddedRedisServer.stop();
        RedisRateLimiter limiter;
        try {
            // an instance (re)started during a Redis outage starts, and still keeps the limits in its own process
            limiter = new RedisRateLimiter(url);
            assertThat(limiter.tryAcquire(List.of(group), 0)).isZero();
            assertThat(limiter.tryAcquire(List.of(group), 0)).isZero();
            assertThat(limiter.tryAcquire(List.of(group), 0)).isPositive();
        } finally {
            EmbeddedRedisServer.restart();
        }
        Bucket shared = new Bucket("chat:-" + UUID.randomUUID(), 1, 1 / 60.0);
        try (limiter; var other = new RedisRateLimiter(url)) {
            assertThat(other.tryAcquire(List.of(shared), 0)).isZero();
            Thread.sleep(1100);
            // connected now, the first limiter sees the bucket the other emptied in Redis (its local one is still full)
            assertThat(limiter.tryAcquire(List.of(shared), 0)).isPositive();
        }
    }

    @Test
    void bulkLeavesTheReserveToInteractiveReplies() {
        String url = EmbeddedRedisServer.url();
        Bucket global = new Bucket("global-" + UUID.randomUUID(), 4, 1 / 60.0);
        try (var limiter = new RedisRateLimiter(url)) {
            int bulk = 0;
            while (limiter.tryAcquire(List.of(global), 2) == 0) {
                bulk++;
            }
            int interactive = 0;
            while (limiter.tryAcquire(List.of(global), 0) == 0) {
                interactive++;
            }
            assertThat(bulk).isEqualTo(2);
            assertThat(interactive).isEqualTo(2);
        }
    }

    @Test
    void tokensAreTakenFromAllBucketsOrNone() {
        String url = EmbeddedRedisServer.url();
        Bucket wide = new Bucket("wide-" + UUID.randomUUID(), 10, 1 / 60.0);
        Bucket narrow = new Bucket("narrow-" + UUID.randomUUID(), 1, 1 / 60.0);
        try (var limiter = new RedisRateLimiter(url)) {
            assertThat(limiter.tryAcquire(List.of(wide, narrow), 0)).isZero();
            assertThat(limiter.tryAcquire(List.of(wide, narrow), 0)).isPositive();
            int left = 0;
            while (limiter.tryAcquire(List.of(wide), 0) == 0) {
                left++;
            }
            assertThat(left).isEqualTo(9);
        }
    }
}

package ua.zalik.bot.sending;

import ua.zalik.bot.config.TelegramProperties;

import java.util.List;

/** Waits until a message to a chat fits Telegram's limits; bulk traffic leaves a reserve of the global rate to replies. */
final class Throttle {

    private final RateLimiter limiter;
    private final TelegramProperties.RateLimits limits;
    private final Bucket global;

    Throttle(RateLimiter limiter, TelegramProperties.RateLimits limits) {
        this.limiter = limiter;
        this.limits = limits;
        this.global = new Bucket("global", limits.globalPerSecond(), limits.globalPerSecond());
    }

    void acquire(long chatId, OutgoingMessage.Priority priority) throws InterruptedException {
        List<Bucket> buckets = List.of(global, chatBucket(chatId));
        // the reserve lives in the shared bucket, so replies go first across all instances, not only this one
        int reserve = priority == OutgoingMessage.Priority.BULK
                ? Math.min(limits.interactiveReserve(), limits.globalPerSecond() - 1) : 0;
        while (true) {
            long wait = limiter.tryAcquire(buckets, reserve);
            if (wait <= 0) {
                return;
            }
            Thread.sleep(Math.clamp(wait, 5, 1000));
        }
    }

    private Bucket chatBucket(long chatId) {
        return chatId > 0
                ? new Bucket("chat:" + chatId, limits.privateBurst(), limits.privatePerSecond())
                : new Bucket("chat:" + chatId, limits.groupPerMinute(), limits.groupPerMinute() / 60.0);
    }
}

package ua.zalik.bot.sending;

import java.util.List;

/** Takes one token from every bucket at once, or none. */
interface RateLimiter {

    /**
     * @param reserve tokens of the first bucket left for interactive traffic (bulk must not take them)
     * @return 0 when the tokens were taken, else milliseconds until they may be there
     */
    long tryAcquire(List<Bucket> buckets, int reserve);
}

package ua.zalik.bot.sending;

/** A token bucket: up to {@code capacity} calls at once, refilled at {@code perSecond}. */
record Bucket(String key, int capacity, double perSecond) {
}

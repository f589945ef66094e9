package ua.zalik.bot.fakeapi;

/** One attempt to POST an update to the webhook; status 0 when the connection failed. */
public record FakeWebhookDelivery(long updateId, int attempt, int status) {
}

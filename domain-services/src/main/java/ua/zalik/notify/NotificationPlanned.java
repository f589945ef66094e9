package ua.zalik.notify;

/** A notification waits for delivery: the bot's delivery handler consumes it. */
public record NotificationPlanned(long notificationId) {
}

package ua.zalik.notify;

import java.time.Instant;

record StoredNotification(long id, String kind, long recipientId, String template, String args, String buttons,
                          String state, Instant claimedAt) {
}

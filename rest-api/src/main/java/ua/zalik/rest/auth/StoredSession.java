package ua.zalik.rest.auth;

import java.time.Instant;

record StoredSession(long accountId, Instant lastSeenAt, Instant expiresAt) {
}

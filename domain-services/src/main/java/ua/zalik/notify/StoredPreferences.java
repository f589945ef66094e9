package ua.zalik.notify;

import java.time.LocalTime;

/** Kinds are kept comma-joined here: they are fixed identifiers without commas. */
record StoredPreferences(long accountId, String disabledKinds, LocalTime quietFrom, LocalTime quietTo,
                         int digestDay, int digestHour) {
}

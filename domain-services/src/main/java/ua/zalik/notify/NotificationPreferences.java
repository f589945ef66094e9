package ua.zalik.notify;

import ua.zalik.kernel.InvalidInputException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * One account's wishes: kinds it does not want, quiet hours (local time; may wrap midnight, e.g. 22:00–07:00)
 * and when the weekly digest comes.
 */
public record NotificationPreferences(long accountId, Set<String> disabledKinds, LocalTime quietFrom, LocalTime quietTo,
                                      DayOfWeek digestDay, int digestHour) {

    public NotificationPreferences {
        disabledKinds = disabledKinds == null ? Set.of() : Set.copyOf(disabledKinds);
        if ((quietFrom == null) != (quietTo == null)) {
            throw new InvalidInputException("quiet hours need both a start and an end");
        }
        if (digestHour < 0 || digestHour > 23) {
            throw new InvalidInputException("digest hour must be 0..23");
        }
    }

    public static NotificationPreferences defaults(long accountId) {
        return new NotificationPreferences(accountId, Set.of(), null, null, DayOfWeek.SUNDAY, 18);
    }

    /** When a message of this kind may reach the account: now, at the end of quiet hours, or never. */
    public Optional<Instant> deliveryTime(String kind, Instant now, ZoneId zone) {
        if (disabledKinds.contains(kind)) {
            return Optional.empty();
        }
        if (quietFrom == null || quietFrom.equals(quietTo)) {
            return Optional.of(now);
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean wraps = quietFrom.isAfter(quietTo);
        boolean quiet = wraps
                ? !time.isBefore(quietFrom) || time.isBefore(quietTo)
                : !time.isBefore(quietFrom) && time.isBefore(quietTo);
        if (!quiet) {
            return Optional.of(now);
        }
        ZonedDateTime end = local.with(quietTo);
        if (!end.isAfter(local)) {
            end = local.plusDays(1).with(quietTo);
        }
        return Optional.of(end.toInstant());
    }
}

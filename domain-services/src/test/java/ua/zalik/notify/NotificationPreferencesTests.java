package ua.zalik.notify;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationPreferencesTests {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final NotificationPreferences NIGHT_QUIET = new NotificationPreferences(1, Set.of("reminder"),
            LocalTime.of(22, 0), LocalTime.of(7, 0), DayOfWeek.SUNDAY, 18);

    @Test
    void messageOutsideQuietHoursGoesNow() {
        Instant noon = at(2026, 3, 10, 12, 0);
        assertThat(NIGHT_QUIET.deliveryTime("results", noon, KYIV)).contains(noon);
    }

    @Test
    void messageLateInTheEveningWaitsUntilMorning() {
        assertThat(NIGHT_QUIET.deliveryTime("results", at(2026, 3, 10, 23, 15), KYIV)).contains(at(2026, 3, 11, 7, 0));
    }

    @Test
    void messageAfterMidnightWaitsUntilThatMorning() {
        assertThat(NIGHT_QUIET.deliveryTime("results", at(2026, 3, 11, 2, 30), KYIV)).contains(at(2026, 3, 11, 7, 0));
    }

    @Test
    void quietHoursEndIsTheFirstMomentAllowed() {
        assertThat(NIGHT_QUIET.deliveryTime("results", at(2026, 3, 11, 7, 0), KYIV)).contains(at(2026, 3, 11, 7, 0));
        assertThat(NIGHT_QUIET.deliveryTime("results", at(2026, 3, 10, 22, 0), KYIV)).contains(at(2026, 3, 11, 7, 0));
    }

    @Test
    void quietHoursWithinOneDayHoldBackOnlyThatSpan() {
        NotificationPreferences lessons = new NotificationPreferences(1, Set.of(), LocalTime.of(8, 0), LocalTime.of(14, 0),
                DayOfWeek.SUNDAY, 18);
        assertThat(lessons.deliveryTime("results", at(2026, 3, 10, 9, 0), KYIV)).contains(at(2026, 3, 10, 14, 0));
        assertThat(lessons.deliveryTime("results", at(2026, 3, 10, 15, 0), KYIV)).contains(at(2026, 3, 10, 15, 0));
    }

    @Test
    void quietHoursFollowTheSchoolClockAcrossSummerTime() {
        // the night the clocks go forward in Kyiv (29 March 2026, 03:00 -> 04:00): 07:00 local is 04:00 UTC
        assertThat(NIGHT_QUIET.deliveryTime("results", at(2026, 3, 29, 1, 0), KYIV))
                .contains(Instant.parse("2026-03-29T04:00:00Z"));
    }

    @Test
    void disabledKindIsNeverDelivered() {
        assertThat(NIGHT_QUIET.deliveryTime("reminder", at(2026, 3, 10, 12, 0), KYIV)).isEmpty();
    }

    @Test
    void halfSetQuietHoursAreRejected() {
        assertThatThrownBy(() -> new NotificationPreferences(1, Set.of(), LocalTime.NOON, null, DayOfWeek.MONDAY, 9))
                .isInstanceOf(ua.zalik.kernel.InvalidInputException.class);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, KYIV).toInstant();
    }
}

package ua.zalik.notify;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.testsupport.TestClock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class RemindersTests {

    @Autowired Reminders reminders;
    @Autowired NotifyService notify;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @Test
    void dueReminderFiresOnceAsAnOutboxEvent() {
        String key = fresh();
        reminders.plan(new ReminderPlan("due-24h", key, clock.instant().minusSeconds(1), Map.of("assignmentId", "7")));

        reminders.fireDue();
        reminders.fireDue();

        assertThat(state(key)).isEqualTo("FIRED");
        assertThat(jdbc.queryForObject("select count(*) from outbox.event where type = 'ReminderDue' and payload->>'subjectKey' = ?",
                Integer.class, key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select payload->'payload'->>'assignmentId' from outbox.event where payload->>'subjectKey' = ?",
                String.class, key)).isEqualTo("7");
    }

    @Test
    void reminderFiresWhenTheClockReachesItsTimeNotBefore() {
        String key = fresh();
        reminders.plan(new ReminderPlan("due-1h", key, clock.instant().plus(Duration.ofHours(1)), Map.of()));

        reminders.fireDue();
        assertThat(state(key)).isEqualTo("PENDING");

        clock.advance(Duration.ofHours(1));
        reminders.fireDue();
        assertThat(state(key)).isEqualTo("FIRED");
    }

    @Test
    void aDebouncedReminderIsDueADelayAfterTheClocksNow() {
        String key = fresh();
        assertThat(reminders.planUnlessPending("refresh", key, Duration.ofMinutes(10), Map.of())).isTrue();
        assertThat(reminders.planUnlessPending("refresh", key, Duration.ofMinutes(10), Map.of())).isFalse();

        reminders.fireDue();
        assertThat(state(key)).isEqualTo("PENDING");
        clock.advance(Duration.ofMinutes(10));
        reminders.fireDue();
        assertThat(state(key)).isEqualTo("FIRED");
    }

    @Test
    void cancelledReminderNeverFires() {
        String key = fresh();
        reminders.plan(new ReminderPlan("due-1h", key + ":student:42", clock.instant().minusSeconds(1), Map.of()));
        reminders.plan(new ReminderPlan("due-1h", key + ":student:43", clock.instant().minusSeconds(1), Map.of()));

        assertThat(reminders.cancelMatching("due-1h", key + ":student:42")).isEqualTo(1);
        reminders.fireDue();

        assertThat(state(key + ":student:42")).isEqualTo("CANCELLED");
        assertThat(state(key + ":student:43")).isEqualTo("FIRED");
    }

    @Test
    void planningAgainMovesTheTimeInsteadOfAddingAReminder() {
        String key = fresh();
        reminders.plan(new ReminderPlan("due-24h", key, clock.instant().minusSeconds(1), Map.of()));
        reminders.plan(new ReminderPlan("due-24h", key, clock.instant().plus(Duration.ofDays(2)), Map.of()));

        reminders.fireDue();

        assertThat(state(key)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from notify.reminder where subject_key = ?", Integer.class, key)).isEqualTo(1);
    }

    @Test
    void workersFiringAtOnceFireEachReminderOnce() throws Exception {
        String prefix = fresh();
        for (int i = 0; i < 150; i++) {
            reminders.plan(new ReminderPlan("due-1h", prefix + ":" + i, clock.instant().minusSeconds(5), Map.of()));
        }
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(() -> {
                int fired = 0;
                int batch;
                while ((batch = reminders.fireDue()) > 0) {
                    fired += batch;
                }
                return fired;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (Future<Integer> f : pool.invokeAll(workers)) {
            f.get();
        }
        pool.shutdown();
        // the app's own scheduler may hold some rows in a claim of its own that has not committed yet
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notify.reminder where state = 'FIRED' and starts_with(subject_key, ?)", Integer.class, prefix) == 150);

        assertThat(jdbc.queryForObject("select count(*) from outbox.event where type = 'ReminderDue' and starts_with(payload->>'subjectKey', ?)",
                Integer.class, prefix)).isEqualTo(150);
        assertThat(jdbc.queryForObject("select count(*) from notify.reminder where state = 'FIRED' and starts_with(subject_key, ?)",
                Integer.class, prefix)).isEqualTo(150);
    }

    @Test
    void preferencesAreKeptPerAccount() {
        long account = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        assertThat(notify.preferences(account)).isEqualTo(NotificationPreferences.defaults(account));

        notify.save(new NotificationPreferences(account, Set.of("reminder", "digest"), LocalTime.of(21, 30), LocalTime.of(7, 0),
                DayOfWeek.FRIDAY, 19));

        NotificationPreferences stored = notify.preferences(account);
        assertThat(stored.disabledKinds()).containsExactlyInAnyOrder("reminder", "digest");
        assertThat(stored.quietFrom()).isEqualTo(LocalTime.of(21, 30));
        assertThat(stored.digestDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(stored.digestHour()).isEqualTo(19);
    }

    @Test
    void quietHoursWithoutDisabledKindsAreKept() {
        long account = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);

        notify.save(new NotificationPreferences(account, Set.of(), LocalTime.of(22, 0), LocalTime.of(7, 0), DayOfWeek.SUNDAY, 18));

        assertThat(notify.preferences(account).disabledKinds()).isEmpty();
        assertThat(notify.preferences(account).quietTo()).isEqualTo(LocalTime.of(7, 0));
    }

    private String state(String key) {
        return jdbc.queryForObject("select state from notify.reminder where subject_key = ?", String.class, key);
    }

    private static String fresh() {
        return "test:" + UUID.randomUUID();
    }
}

package ua.zalik.notify;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class NotificationsTests {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Autowired Notifications notifications;
    @Autowired NotifyService preferences;
    @Autowired UsersService users;
    @Autowired SchoolFixture fixture;
    @Autowired QuietHoursOver quietHoursOver;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlannedNotifications planned;

    @Test
    void planningTheSameNoticeTwicePlansOneNotification() {
        Account student = linked(fixture.create().studentA());
        Notice notice = notice(student, NotificationKind.NEW_ASSIGNMENT);

        assertThat(notifications.plan(notice)).isTrue();
        assertThat(notifications.plan(notice)).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from notify.notification where dedupe_key = ?", Integer.class,
                notice.dedupeKey())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox.event where type = 'NotificationPlanned' and "
                + "(payload->>'notificationId')::bigint = ?", Integer.class, id(notice))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> planned.received.contains(id(notice)));
    }

    @Test
    void aClaimedNotificationIsSentOnceWithItsRecipientsChatAndLanguage() {
        Account student = linked(fixture.create().studentA());
        users.setLanguage(student.id(), "en");
        Notice notice = notice(student, NotificationKind.NEW_ASSIGNMENT);
        notifications.plan(notice);

        Delivery first = notifications.claim(id(notice), Instant.now());
        Delivery second = notifications.claim(id(notice), Instant.now());

        assertThat(first).isInstanceOfSatisfying(Delivery.Send.class, send -> {
            assertThat(send.chatId()).isEqualTo(chatOf(student));
            assertThat(send.language()).isEqualTo("en");
            assertThat(send.template()).isEqualTo("notify.new-assignment");
            assertThat(send.args()).containsExactly("Fractions <1>", "25.12 18:00");
            assertThat(send.buttons()).containsExactly(new Notice.Button("notify.open", "open:tests"));
        });
        assertThat(second).isInstanceOf(Delivery.Nothing.class);
        notifications.sent(id(notice));
        assertThat(state(notice)).isEqualTo("SENT");
        assertThat(notifications.claim(id(notice), Instant.now())).isInstanceOf(Delivery.Nothing.class);
    }

    @Test
    void aSendThatDiedIsClaimedAgainAfterTheTimeout() {
        Account student = linked(fixture.create().studentA());
        Notice notice = notice(student, NotificationKind.NEW_ASSIGNMENT);
        notifications.plan(notice);
        Instant now = Instant.now();

        assertThat(notifications.claim(id(notice), now)).isInstanceOf(Delivery.Send.class);
        assertThat(notifications.claim(id(notice), now.plusSeconds(60))).isInstanceOf(Delivery.Nothing.class);
        assertThat(notifications.claim(id(notice), now.plus(Notifications.CLAIM_TIMEOUT).plusSeconds(1)))
                .isInstanceOf(Delivery.Send.class);
    }

    @Test
    void withoutATelegramChatNothingIsSent() {
        Account student = fixture.create().studentA();
        Notice notice = notice(student, NotificationKind.NEW_ASSIGNMENT);
        notifications.plan(notice);

        assertThat(notifications.claim(id(notice), Instant.now())).isInstanceOf(Delivery.Nothing.class);
        assertThat(state(notice)).isEqualTo("NO_CHAT");
    }

    @Test
    void aKindTheRecipientTurnedOffIsSkipped() {
        Account parent = linked(fixture.create().parent());
        preferences.save(new NotificationPreferences(parent.id(), Set.of("PARENT_DIGEST"), null, null, DayOfWeek.SUNDAY, 18));
        Notice digest = notice(parent, NotificationKind.PARENT_DIGEST);
        Notice results = notice(parent, NotificationKind.RESULTS_RELEASED);
        notifications.plan(digest);
        notifications.plan(results);

        assertThat(notifications.claim(id(digest), Instant.now())).isInstanceOf(Delivery.Nothing.class);
        assertThat(state(digest)).isEqualTo("SKIPPED");
        assertThat(notifications.claim(id(results), Instant.now())).isInstanceOf(Delivery.Send.class);
    }

    @Test
    void quietHoursHoldAMessageBackUntilTheyEndInTheSchoolsTimezone() {
        Account parent = linked(fixture.create().parent());
        preferences.save(new NotificationPreferences(parent.id(), Set.of(), LocalTime.of(22, 0), LocalTime.of(7, 0), DayOfWeek.SUNDAY, 18));
        Notice notice = notice(parent, NotificationKind.RESULTS_RELEASED);
        notifications.plan(notice);
        Instant lateEvening = ZonedDateTime.of(2099, 12, 1, 23, 15, 0, 0, KYIV).toInstant();

        Delivery delivery = notifications.claim(id(notice), lateEvening);

        Instant morning = ZonedDateTime.of(2099, 12, 2, 7, 0, 0, 0, KYIV).toInstant();
        assertThat(delivery).isEqualTo(new Delivery.Later(morning));
        assertThat(state(notice)).isEqualTo("DEFERRED");
        assertThat(jdbc.queryForObject("select due_at from notify.reminder where kind = 'notification' and subject_key = ?",
                java.sql.Timestamp.class, String.valueOf(id(notice))).toInstant()).isEqualTo(morning);

        quietHoursOver.handle(new ReminderDue(1, Notifications.REMINDER_KIND, String.valueOf(id(notice)),
                Map.of("notificationId", String.valueOf(id(notice)))));
        assertThat(jdbc.queryForObject("select count(*) from outbox.event where type = 'NotificationPlanned' and "
                + "(payload->>'notificationId')::bigint = ?", Integer.class, id(notice))).isEqualTo(2);
        assertThat(notifications.claim(id(notice), morning.plus(Duration.ofMinutes(1)))).isInstanceOf(Delivery.Send.class);
    }

    private Account linked(Account account) {
        long telegramId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        users.linkTelegram(account.id(), new TelegramIdentity(telegramId, telegramId, "Test", null, "uk"));
        return account;
    }

    private long chatOf(Account account) {
        return users.telegramLink(account.id()).orElseThrow().chatId();
    }

    private static Notice notice(Account recipient, NotificationKind kind) {
        return new Notice(kind, recipient.id(), kind + ":" + UUID.randomUUID() + ":" + recipient.id(), "notify.new-assignment",
                List.of("Fractions <1>", "25.12 18:00"), List.of(new Notice.Button("notify.open", "open:tests")));
    }

    private long id(Notice notice) {
        return jdbc.queryForObject("select id from notify.notification where dedupe_key = ?", Long.class, notice.dedupeKey());
    }

    private String state(Notice notice) {
        return jdbc.queryForObject("select state from notify.notification where dedupe_key = ?", String.class, notice.dedupeKey());
    }
}

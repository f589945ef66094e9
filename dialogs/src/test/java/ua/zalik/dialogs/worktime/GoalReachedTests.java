package ua.zalik.dialogs.worktime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.PlannedNotices;
import ua.zalik.notify.NotificationKind;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timer stop that reaches the weekly goal brings one notice that week, through the outbox and the queue. */
class GoalReachedTests extends ChatTestSupport {

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired TestClock clock;
    @Autowired TimerStops stops;
    @Autowired PlannedNotices planned;

    @Test
    void reachingTheWeeklyGoalIsCelebratedOnceAWeek() {
        SchoolFixture.World w = fixture.create();
        long chat = newChat();
        users.linkTelegram(w.studentA().id(), new TelegramIdentity(chat, chat, "Test", null, "uk"));
        // Monday 10:00 in the school's zone, so the hour below stays in one week
        ZonedDateTime now = clock.instant().atZone(ZoneId.of("Europe/Kyiv"));
        clock.advance(Duration.between(now, now.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).withHour(10).withMinute(0)));

        reply(chat, "/goal 1,5");
        long student = w.studentA().id();
        study(chat, 50);
        stops.awaitFinished(stop -> stop.accountId() == student, 1);
        assertThat(planned.count(student, NotificationKind.GOAL_REACHED)).as("short of the goal").isZero();
        assertThat(FAKE.textsTo(chat)).as("short of the goal").noneMatch(text -> text.startsWith("🎯 Ціль тижня досягнуто"));

        study(chat, 41);
        await(() -> FAKE.textsTo(chat).stream().anyMatch(text -> text.startsWith("🎯 Ціль тижня досягнуто")));
        FakeMessage notice = FAKE.messagesTo(chat).stream()
                .filter(m -> m.text() != null && m.text().startsWith("🎯 Ціль тижня досягнуто")).findFirst().orElseThrow();
        assertThat(notice.text()).isEqualTo("🎯 Ціль тижня досягнуто: 1,5 год навчання. Так тримати!");
        assertThat(notice.buttonTexts()).containsExactly(List.of("📊 Мій тиждень"));

        study(chat, 20);
        stops.awaitFinished(stop -> stop.accountId() == student, 3);
        assertThat(planned.count(student, NotificationKind.GOAL_REACHED)).as("once a week").isEqualTo(1);
        assertThat(FAKE.textsTo(chat)).as("once a week").filteredOn(text -> text.startsWith("🎯 Ціль тижня досягнуто")).hasSize(1);
    }

    private void study(long chat, int minutes) {
        reply(chat, "/timer homework");
        clock.advance(Duration.ofMinutes(minutes));
        long stops = FAKE.textsTo(chat).stream().filter(text -> text.startsWith("⏹ Таймер зупинено")).count();
        FAKE.userSends(chat, "/stop");
        // the goal's notice may come before or after the reply to /stop
        await(() -> FAKE.textsTo(chat).stream().filter(text -> text.startsWith("⏹ Таймер зупинено")).count() > stops);
    }
}

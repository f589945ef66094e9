package ua.zalik.dialogs.worktime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.PlannedNotices;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.ReminderDue;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;
import ua.zalik.worktime.WorktimeService;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A timer left running for 8 hours: the reminder travels scheduler → queue → notice → chat once, and its button stops it. */
class LongTimerTests extends ChatTestSupport {

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired LongTimerNotices notices;
    @Autowired PlannedNotices planned;

    @Test
    void aTimerRunningEightHoursIsRemindedOnceWithAStopButton() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w);
        reply(chat, "/timer homework Maths");
        long entry = runningEntry(w);
        // the scheduler claims due reminders by the same clock: moving it on is all it takes
        clock.advance(WorktimeService.LONG_TIMER.plusMinutes(1));

        FakeMessage reminder = awaitText(chat, "⏰");
        assertThat(reminder.text()).isEqualTo("⏰ Таймер «homework · Maths» іде вже понад 8 год. Ви ще працюєте? Якщо ні — зупиніть його.");
        assertThat(reminder.buttonTexts()).containsExactly(List.of("⏹ Зупинити"));
        notices.handle(due(w, entry));
        notices.handle(due(w, entry));

        press(chat, reminder, "⏹ Зупинити");
        assertThat(awaitText(chat, "⏹ Таймер зупинено").text()).startsWith("⏹ Таймер зупинено: homework · Maths — 8 год 1 хв.");
        // the handler ran on this thread: what it planned is in the table now
        assertThat(planned.count(w.studentA().id(), NotificationKind.TIMER_REMINDER)).isEqualTo(1);
        assertThat(FAKE.textsTo(chat)).filteredOn(text -> text.startsWith("⏰")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from worktime.entry where account_id = ? and ended_at is null",
                Integer.class, w.studentA().id())).isZero();
    }

    @Test
    void aTimerStoppedOrReplacedBeforeEightHoursGetsNoReminder() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w);
        reply(chat, "/timer homework");
        long replaced = runningEntry(w);
        reply(chat, "/timer reading");
        long stopped = runningEntry(w);
        clock.advance(WorktimeService.LONG_TIMER.plusMinutes(1));
        reply(chat, "/stop");

        notices.handle(due(w, replaced));
        notices.handle(due(w, stopped));
        assertThat(planned.count(w.studentA().id(), NotificationKind.TIMER_REMINDER)).isZero();
        assertThat(FAKE.textsTo(chat)).noneMatch(text -> text.startsWith("⏰"));
        assertThat(jdbc.queryForObject("select count(*) from notify.reminder where subject_key in (?, ?) and state = 'PENDING'",
                Integer.class, "worktime-entry:" + replaced, "worktime-entry:" + stopped)).isZero();
    }

    private long link(SchoolFixture.World w) {
        long chat = newChat();
        users.linkTelegram(w.studentA().id(), new TelegramIdentity(chat, chat, "Test", null, "uk"));
        return chat;
    }

    private long runningEntry(SchoolFixture.World w) {
        return jdbc.queryForObject("select id from worktime.entry where account_id = ? and ended_at is null", Long.class,
                w.studentA().id());
    }

    private static ReminderDue due(SchoolFixture.World w, long entry) {
        return new ReminderDue(-1, WorktimeService.LONG_TIMER_REMINDER, "worktime-entry:" + entry,
                Map.of("accountId", String.valueOf(w.studentA().id()), "entryId", String.valueOf(entry), "activity", "homework"));
    }

    private static FakeMessage awaitText(long chat, String start) {
        await(() -> FAKE.messagesTo(chat).stream().anyMatch(m -> m.text() != null && m.text().startsWith(start)));
        return FAKE.messagesTo(chat).stream().filter(m -> m.text() != null && m.text().startsWith(start)).findFirst().orElseThrow();
    }
}

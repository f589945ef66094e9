package ua.zalik.dialogs.worktime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.engine.DialogEngine;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** /timer, /stop and /spent through the fake Telegram, as a student types them. */
class TimerTests extends ChatTestSupport {

    private static final AtomicLong UPDATE_IDS = new AtomicLong(1_700_000_000L + System.nanoTime() % 100_000_000L);
    /** A Wednesday, 12:00 in Kyiv. */
    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired DialogEngine engine;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void startingAnotherTimerStopsTheFirstAndStopSaysHowLong() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.studentA(), "uk");
        clock.set(WEDNESDAY_NOON);

        assertThat(reply(chat, "/timer homework Maths").text()).isEqualTo("▶️ Таймер запущено: homework · Maths. Зупинити: /stop");
        clock.set(WEDNESDAY_NOON.plus(Duration.ofMinutes(25)));
        assertThat(reply(chat, "/timer reading").text()).isEqualTo("⏹ Попередній таймер зупинено: homework · Maths — 25 хв.\n"
                + "▶️ Таймер запущено: reading. Зупинити: /stop");
        clock.set(WEDNESDAY_NOON.plus(Duration.ofMinutes(95)));
        assertThat(reply(chat, "/stop").text()).isEqualTo("⏹ Таймер зупинено: reading — 1 год 10 хв.\nСьогодні разом: 1 год 35 хв.");
        assertThat(reply(chat, "/stop").text()).isEqualTo("Таймер не запущено. Почати: /timer");

        assertThat(jdbc.queryForList("select activity, extract(epoch from ended_at - started_at)::int / 60 as minutes "
                + "from worktime.entry where account_id = ? order by started_at", w.studentA().id()))
                .extracting(row -> row.get("activity") + " " + row.get("minutes"))
                .containsExactly("homework 25", "reading 70");
    }

    @Test
    void aTimerWithoutWordsOffersTheSubjectsInTheUsersLanguage() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.studentA(), "en");

        FakeMessage pick = reply(chat, "/timer");
        assertThat(pick.text()).startsWith("⏱ What are you working on?");
        assertThat(pick.buttonTexts()).containsExactly(List.of("Maths"), List.of("No subject"));
        press(chat, pick, "Maths");

        assertThat(edited(chat, pick.messageId(), 1).text()).isEqualTo("▶️ Timer started: study · Maths. To stop: /stop");
        assertThat(jdbc.queryForObject("select subject_id from worktime.entry where account_id = ? and ended_at is null",
                Long.class, w.studentA().id())).isEqualTo(w.maths().id());
    }

    @Test
    void spentRecordsTimeEndingNowAndABadDurationIsAnsweredAndAskedAgain() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.studentA(), "uk");
        clock.set(WEDNESDAY_NOON);

        assertThat(reply(chat, "/spent 45m maths homework").text())
                .isEqualTo("✅ Записано: 45 хв — homework · Maths.\nСьогодні разом: 45 хв.");
        FakeMessage bad = reply(chat, "/spent soon <b>maths</b>");
        assertThat(bad.html()).contains("«soon &lt;b&gt;maths&lt;/b&gt;»");
        assertThat(bad.text()).startsWith("Не вдалося прочитати тривалість у «soon <b>maths</b>».")
                .contains("✍️ Скільки часу і на що?");
        assertThat(reply(chat, "25 годин").text()).startsWith("Не вдалося прочитати тривалість у «25 годин».");
        FakeMessage escaped = reply(chat, "1 год 30 хв <i>reading</i>");
        assertThat(escaped.text()).isEqualTo("✅ Записано: 1 год 30 хв — <i>reading</i>.\nСьогодні разом: 2 год 15 хв.");
        assertThat(escaped.html()).contains("&lt;i&gt;reading&lt;/i&gt;");
        assertThat(reply(chat, "1 год").text()).as("the dialog ended with the entry")
                .isEqualTo("Я не зрозумів. /help покаже, що я вмію.");

        assertThat(jdbc.queryForList("select activity, subject_id, extract(epoch from ended_at - started_at)::int / 60 as minutes, "
                        + "ended_at = ? as ends_now from worktime.entry where account_id = ? order by id",
                java.sql.Timestamp.from(WEDNESDAY_NOON), w.studentA().id()))
                .extracting(row -> row.get("activity") + " " + row.get("subject_id") + " " + row.get("minutes") + " " + row.get("ends_now"))
                .containsExactly("homework " + w.maths().id() + " 45 true", "<i>reading</i> null 90 true");
    }

    @Test
    void englishSpeakersGetTheDurationHintInEnglish() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.studentA(), "en");

        assertThat(reply(chat, "/spent a while").text()).startsWith("I couldn’t read a duration in “a while”.")
                .contains("How long, and on what?");
        assertThat(reply(chat, "/cancel").text()).isEqualTo("Cancelled. What next? /help");
        assertThat(jdbc.queryForObject("select count(*) from worktime.entry where account_id = ?", Integer.class,
                w.studentA().id())).isZero();
    }

    @Test
    void timerAndStopAtTheSameMomentLeaveExactlyOneConsistentEntry() throws Exception {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.studentA(), "uk");
        long student = w.studentA().id();
        for (int round = 1; round <= 4; round++) {
            int before = FAKE.messagesTo(chat).size();
            race(command(chat, "/timer homework"), command(chat, "/stop"));

            List<String> replies = FAKE.awaitMessages(chat, before + 2, WAIT).subList(before, before + 2).stream()
                    .map(FakeMessage::text).toList();
            assertThat(replies).anyMatch(text -> text.startsWith("▶️ Таймер запущено: homework"));
            boolean stopped = replies.stream().anyMatch(text -> text.startsWith("⏹ Таймер зупинено: homework"));
            assertThat(stopped || replies.contains("Таймер не запущено. Почати: /timer")).as(replies.toString()).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from worktime.entry where account_id = ?", Integer.class, student))
                    .isEqualTo(round);
            assertThat(jdbc.queryForObject("select count(*) from worktime.entry where account_id = ? and ended_at is null",
                    Integer.class, student)).as("running after round %d: %s", round, replies).isEqualTo(stopped ? 0 : 1);
            if (!stopped) {
                assertThat(reply(chat, "/stop").text()).startsWith("⏹ Таймер зупинено: homework");
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from worktime.entry a join worktime.entry b on a.account_id = b.account_id "
                + "and a.id < b.id and a.started_at < b.ended_at and b.started_at < a.ended_at where a.account_id = ?",
                Integer.class, student)).as("entries never overlap").isZero();
    }

    /** Two updates of the chat handled at one moment on two threads, as two instances would (no intake in between). */
    private void race(IncomingUpdate first, IncomingUpdate second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var a = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                engine.handle(first);
                return null;
            });
            var b = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                engine.handle(second);
                return null;
            });
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        }
    }

    private static IncomingUpdate command(long chat, String text) {
        return new IncomingUpdate(UPDATE_IDS.incrementAndGet(), IncomingUpdate.Kind.COMMAND, chat, IncomingUpdate.ChatType.PRIVATE,
                new IncomingUpdate.TelegramUser(chat, "Test", null, null, "uk"), text, 1, null, null, null, null);
    }

    private long link(Account account, String language) {
        long chat = newChat();
        users.setLanguage(account.id(), language);
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, language));
        return chat;
    }
}

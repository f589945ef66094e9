package ua.zalik.dialogs.worktime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.QuizFixture;
import ua.zalik.testing.ReviewPolicy;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;
import ua.zalik.worktime.WorktimeService;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /today, /week (with its chart) and /goal through the fake Telegram, on a clock fixed in the school's week. */
class WeekTests extends ChatTestSupport {

    @Autowired SchoolFixture fixture;
    @Autowired QuizFixture quizzes;
    @Autowired UsersService users;
    @Autowired WorktimeService worktime;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void todayWeekAndGoalReportTotalsByActivityAndSubjectWithScoresAndAChartOfTheSameData() throws IOException {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.studentA());
        clock.set(Instant.parse("2026-11-16T10:00:00Z"));
        reply(chat, "/spent 75m maths homework");
        clock.set(Instant.parse("2026-11-18T10:00:00Z"));
        reply(chat, "/spent 30m reading");
        quizzes.handInRight(quizzes.assignToClassA(w, quizzes.fractions(w, ReviewPolicy.SCORE_AFTER_ATTEMPT), Duration.ofDays(1)),
                w.studentA());
        // the test's own notices come first, so that the replies below are the next messages
        await(() -> FAKE.textsTo(chat).stream().filter(t -> t.startsWith("Нове завдання") || t.startsWith("Результат")).count() == 2);

        assertThat(reply(chat, "/goal 10").text()).isEqualTo("✅ Ціль на тиждень: 10 год.\n🎯 Ціль: 1 год 45 хв з 10 год\n▓░░░░░░░░░ 17%");
        assertThat(reply(chat, "/today").text()).isEqualTo("⏱ Сьогодні, 18.11: 30 хв\nЗа заняттями\n• reading — 30 хв\n"
                + "За предметами\n• без предмета — 30 хв\n\n🎯 Ціль: 1 год 45 хв з 10 год\n▓░░░░░░░░░ 17%");

        int before = FAKE.messagesTo(chat).size();
        FakeMessage chart = reply(chat, "/week");
        FakeMessage week = FAKE.awaitMessages(chat, before + 2, WAIT).get(before + 1);
        assertThat(week.text()).isEqualTo("📊 Тиждень 16.11 – 22.11: 1 год 45 хв\nЗа заняттями\n• homework — 1 год 15 хв\n"
                + "• reading — 30 хв\nЗа предметами\n• Maths — 1 год 15 хв · останні бали: 100%\n• без предмета — 30 хв\n\n"
                + "🎯 Ціль: 1 год 45 хв з 10 год\n▓░░░░░░░░░ 17%");

        assertThat(chart.kind()).isEqualTo(FakeMessage.Kind.PHOTO);
        assertThat(chart.fileName()).as("the multipart file name").isEqualTo("week.png");
        byte[] png = FAKE.fileContent(chart.fileId());
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);
        assertThat(pixels(image)).as("the chart of the reported week")
                .isEqualTo(pixels(ImageIO.read(new ByteArrayInputStream(worktime.weekChartPng(w.actor(w.studentA()),
                        w.studentA().id(), LocalDate.parse("2026-11-18"))))));
        // two series (Maths on Monday, no subject on Wednesday): their bars stand as 75 to 30 minutes
        List<Integer> heights = barHeights(image);
        assertThat(heights).hasSize(2);
        assertThat((double) heights.get(0) / heights.get(1)).isBetween(2.4, 2.6);

        press(chat, week, "◀️ Попередній тиждень");
        FakeMessage earlier = FAKE.awaitMessages(chat, before + 4, WAIT).get(before + 3);
        assertThat(earlier.text()).startsWith("📊 Тиждень 09.11 – 15.11: 0 хв\n• ще нічого не записано");
        assertThat(barHeights(ImageIO.read(new ByteArrayInputStream(FAKE.fileContent(
                FAKE.messagesTo(chat).get(before + 2).fileId()))))).as("an empty week draws no bars").isEmpty();
    }

    @Test
    void aWeekAcrossTheEndOfSummerTimeInKyivCountsEveryHour() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.studentA());
        clock.set(Instant.parse("2026-10-19T09:00:00Z"));
        reply(chat, "/spent 1h maths");
        clock.set(Instant.parse("2026-10-24T20:30:00Z")); // Saturday 23:30, summer time (UTC+3)
        reply(chat, "/timer homework");
        clock.set(Instant.parse("2026-10-25T02:30:00Z")); // Sunday 04:30, winter time (UTC+2): 6 hours later

        assertThat(reply(chat, "/stop").text()).isEqualTo("⏹ Таймер зупинено: homework — 6 год.\nСьогодні разом: 5 год 30 хв.");
        assertThat(reply(chat, "/today").text()).startsWith("⏱ Сьогодні, 25.10: 5 год 30 хв\n");
        int before = FAKE.messagesTo(chat).size();
        reply(chat, "/week");
        assertThat(FAKE.awaitMessages(chat, before + 2, WAIT).get(before + 1).text())
                .startsWith("📊 Тиждень 19.10 – 25.10: 7 год\nЗа заняттями\n• homework — 6 год\n• навчання — 1 год\n"
                        + "За предметами\n• Maths — 1 год\n• без предмета — 6 год\n");
        assertThat(reply(chat, "дякую").text()).as("other words close the week without its chart again")
                .isEqualTo("Я не зрозумів. /help покаже, що я вмію.");
        assertThat(FAKE.messagesTo(chat)).filteredOn(m -> m.kind() == FakeMessage.Kind.PHOTO).hasSize(1);
    }

    @Test
    void goalButtonsSetAndClearTheGoalAndNonsenseIsAnsweredInEnglish() {
        SchoolFixture.World w = fixture.create();
        users.setLanguage(w.studentA().id(), "en");
        long chat = link(w.studentA());
        clock.set(Instant.parse("2026-11-18T10:00:00Z"));

        FakeMessage ask = reply(chat, "/goal");
        assertThat(ask.buttonTexts()).containsExactly(List.of("5 h", "10 h", "15 h", "20 h"));
        press(chat, ask, "15 h");
        assertThat(edited(chat, ask.messageId(), 1).text()).startsWith("✅ Weekly goal: 15 h.\n🎯 Goal: 0 min of 15 h");
        assertThat(reply(chat, "/goal lots").text()).startsWith("I couldn’t read “lots” as a goal.");
        assertThat(reply(chat, "7.5h").text()).startsWith("✅ Weekly goal: 7 h 30 min.");
        FakeMessage again = reply(chat, "/goal");
        assertThat(again.text()).contains("Now: 7 h 30 min.");
        press(chat, again, "Clear the goal");
        assertThat(edited(chat, again.messageId(), 1).text()).isEqualTo("Weekly goal cleared.");
        assertThat(worktime.week(w.actor(w.studentA()), w.studentA().id(), null).goal()).isNull();
    }

    private long link(Account account) {
        long chat = newChat();
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, "uk"));
        return chat;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /**
     * Per series, its tallest column in pixels: saturated pixels grouped by their strongest channel (the bars are blue
     * and orange; translucent over the grid, so of several shades), tallest first. Greys, white and short runs (legend
     * keys, anti-aliased edges) are left out.
     */
    private static List<Integer> barHeights(BufferedImage image) {
        Map<Integer, Integer> tallest = new HashMap<>();
        for (int x = 0; x < image.getWidth(); x++) {
            int[] column = new int[3];
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int[] c = {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
                int max = Math.max(c[0], Math.max(c[1], c[2]));
                if (max - Math.min(c[0], Math.min(c[1], c[2])) > 60) {
                    column[c[0] == max ? 0 : c[1] == max ? 1 : 2]++;
                }
            }
            for (int channel = 0; channel < 3; channel++) {
                tallest.merge(channel, column[channel], Math::max);
            }
        }
        return tallest.values().stream().filter(n -> n >= 40).sorted((a, b) -> b - a).toList();
    }
}

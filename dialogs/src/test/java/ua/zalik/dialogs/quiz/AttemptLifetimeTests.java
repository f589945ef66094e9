package ua.zalik.dialogs.quiz;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.OutgoingFile;
import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.OutgoingPoll;
import ua.zalik.bot.sending.SentMessage;
import ua.zalik.bot.sending.SentPoll;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.engine.ChatOutput;
import ua.zalik.dialogs.engine.Command;
import ua.zalik.dialogs.engine.ContextStore;
import ua.zalik.dialogs.engine.Dialog;
import ua.zalik.dialogs.engine.DialogEngine;
import ua.zalik.dialogs.engine.Members;
import ua.zalik.dialogs.engine.Texts;
import ua.zalik.testing.Attempts;
import ua.zalik.testsupport.TestClock;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** An attempt outlives the chat: the server submits it at the time limit, and another instance resumes it. */
class AttemptLifetimeTests extends ChatTestSupport {

    private static final AtomicLong UPDATE_IDS = new AtomicLong(1_950_000_000L);

    @Autowired QuizWorld worlds;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired Attempts attempts;
    @Autowired List<Dialog<?>> dialogs;
    @Autowired List<Command> commands;
    @Autowired ContextStore store;
    @Autowired Members members;
    @Autowired Texts texts;

    @Test
    void atTheTimeLimitTheServerSubmitsTheAttemptAndTellsTheStudent() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(10), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "en");

        FakeMessage list = reply(chat, "/tests");
        assertThat(list.text()).contains("Your tests", "Time limit: 10 min");
        FakeMessage q = TakingTestsTests.Student.press(chat, list, "▶ " + s.test().title());
        assertThat(q.text()).startsWith("1/8 ▓░░░░░░░░░  ⏱ 10 min left");
        q = TakingTestsTests.Student.press(chat, q, "Kyiv");
        assertThat(q.text()).startsWith("2/8").contains("⏱ 10 min left");

        clock.advance(Duration.ofMinutes(11));
        attempts.submitOverdue();

        long attempt = jdbc.queryForObject("select id from testing.attempt where student_id = ?", Long.class,
                s.w().studentA().id());
        assertThat(jdbc.queryForMap("select state, auto_submitted, points from testing.attempt where id = ?", attempt))
                .containsEntry("state", "GRADED").containsEntry("auto_submitted", true)
                .hasEntrySatisfying("points", p -> assertThat((java.math.BigDecimal) p).isEqualByComparingTo("1"));
        await(() -> FAKE.textsTo(chat).stream().anyMatch(t -> t.startsWith("⏰ Time ran out on “" + s.test().title())));
        FakeMessage notice = FAKE.messagesTo(chat).stream().filter(m -> m.text().startsWith("⏰ Time ran out")).findFirst()
                .orElseThrow();
        assertThat(notice.buttonTexts()).containsExactly(List.of("My tests"));

        // the question still on screen: its button now says the attempt is over and saves nothing
        FakeMessage over = TakingTestsTests.Student.press(chat, q, "☐ 2");
        assertThat(over.text()).startsWith("⏰ Time is up: the attempt was submitted").contains("Points: 1 of 8");
        assertThat(jdbc.queryForObject("select count(*) from testing.answer where attempt_id = ? and response is not null",
                Integer.class, attempt)).isEqualTo(1);

        // the notice's button opens /tests, where the submitted test is no longer listed
        press(chat, notice, "My tests");
        await(() -> FAKE.textsTo(chat).getLast().startsWith("No tests are open right now"));
        FakeMessage after = FAKE.lastMessageTo(chat);
        assertThat(after.text()).contains("Results — press to see them:");
        assertThat(TakingTestsTests.Student.press(chat, after, "📊 " + s.test().title()).text())
                .contains("The server submitted it when time ran out.", "Points: 1 of 8");
    }

    @Test
    void aReviewThatOpensAtTheCloseIsShownFromTheListOnceTheAssignmentCloses() {
        QuizWorld.Setup s = worlds.create(new ua.zalik.testing.TestSettings(null, 1, ua.zalik.testing.GradingMethod.HIGHEST,
                false, true, null, new ua.zalik.testing.ReviewPolicy(ua.zalik.testing.ReviewPolicy.When.AFTER_CLOSE,
                true, true, true, true)), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "uk");
        FakeMessage q = TakingTestsTests.Student.press(chat, reply(chat, "/tests"), "▶ " + s.test().title());
        q = TakingTestsTests.Student.press(chat, q, "Kyiv");
        FakeMessage confirm = TakingTestsTests.Student.press(chat, q, "🏁 Завершити");
        assertThat(confirm.text()).contains("Відповідей: 1 з 8", "Без відповіді: 2, 3, 4, 5, 6, 7, 8.");
        FakeMessage later = TakingTestsTests.Student.press(chat, confirm, "✅ Здати");
        assertThat(later.text()).isEqualTo("Відповіді прийнято. Результат покажу, коли завдання закриється.");
        assertThat(reply(chat, "/tests").buttonTexts()).doesNotContain(List.of("📊 " + s.test().title()));

        // the scheduler closes the assignment on the test clock, and the result held until then is told
        clock.advance(Duration.ofDays(2).plusMinutes(1));
        await(() -> FAKE.textsTo(chat).stream().anyMatch(t -> t.startsWith("Результат " + s.test().title())));
        FakeMessage list = reply(chat, "/tests");
        assertThat(list.text()).contains("Результати");
        assertThat(TakingTestsTests.Student.press(chat, list, "📊 " + s.test().title()).text())
                .contains("Бали: 1 з 8", "Правильно: Kyiv");
    }

    @Test
    void anotherInstanceResumesTheAttemptAtTheRightQuestion() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "uk");
        FakeMessage q = TakingTestsTests.Student.press(chat, reply(chat, "/tests"), "▶ " + s.test().title());
        q = TakingTestsTests.Student.press(chat, q, "Kyiv");
        q = TakingTestsTests.Student.press(chat, q, "☐ 3");

        // a restarted Zalik (or another instance) knows only what is stored
        Captured output = new Captured();
        DialogEngine restarted = new DialogEngine(dialogs, commands, store, output, members, texts);
        restarted.handle(update(chat, IncomingUpdate.Kind.COMMAND, "/tests", null));
        OutgoingMessage list = output.messages.getLast();
        assertThat(list.html()).contains(s.test().title());
        String resume = token(list, "⏯ Продовжити: " + s.test().title());

        restarted.handle(update(chat, IncomingUpdate.Kind.CALLBACK, null, resume));
        OutgoingMessage second = output.messages.getLast();
        // the multiple-choice question was only toggled, never answered with "Done": it is where the student resumes
        assertThat(second.html()).startsWith("2/8 ▓▓░░░░░░░░");
        assertThat(second.protectContent()).isTrue();
        restarted.handle(update(chat, IncomingUpdate.Kind.CALLBACK, null, token(second, "☐ 2")));
        restarted.handle(update(chat, IncomingUpdate.Kind.CALLBACK, null, token(output.messages.getLast(), "☐ 3")));
        restarted.handle(update(chat, IncomingUpdate.Kind.CALLBACK, null, token(output.messages.getLast(), "Готово")));
        assertThat(output.messages.getLast().html()).startsWith("3/8");

        long attempt = jdbc.queryForObject("select id from testing.attempt where student_id = ?", Long.class,
                s.w().studentA().id());
        assertThat(jdbc.queryForList("select response::text from testing.answer where attempt_id = ? and response is not null order by slot",
                String.class, attempt)).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from testing.attempt where student_id = ?", Integer.class,
                s.w().studentA().id())).isEqualTo(1);
        // the first instance's message is out of date now: its buttons belong to an older window
        String stale = FAKE.userPresses(chat, q.messageId(), q.callbackOf("☑ 3"));
        await(() -> FAKE.callbackAnswers().stream().anyMatch(a -> a.callbackQueryId().equals(stale)));
        assertThat(FAKE.callbackAnswers().stream().filter(a -> a.callbackQueryId().equals(stale)).findFirst().orElseThrow()
                .text()).isEqualTo("Ця кнопка вже застаріла.");
    }

    private static String token(OutgoingMessage message, String label) {
        return message.keyboard().rows().stream().flatMap(List::stream).filter(b -> b.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in " + message.keyboard())).callbackData();
    }

    private static IncomingUpdate update(long chat, IncomingUpdate.Kind kind, String text, String token) {
        IncomingUpdate.TelegramUser user = new IncomingUpdate.TelegramUser(chat, "Student", null, null, "uk");
        return new IncomingUpdate(UPDATE_IDS.incrementAndGet(), kind, chat, IncomingUpdate.ChatType.PRIVATE, user, text, 1,
                token == null ? null : new IncomingUpdate.Callback("CQ" + UPDATE_IDS.get(), token, 1), null, null, null);
    }

    /** The second instance's way out, kept for assertions. */
    static final class Captured implements ChatOutput {

        final List<OutgoingMessage> messages = new CopyOnWriteArrayList<>();

        @Override
        public SentMessage send(OutgoingMessage message) {
            messages.add(message);
            return new SentMessage(message.chatId(), 1, SentMessage.Outcome.SENT);
        }

        @Override
        public SentMessage sendPhoto(OutgoingFile photo) {
            return new SentMessage(photo.chatId(), 1, SentMessage.Outcome.SENT);
        }

        @Override
        public SentMessage sendDocument(OutgoingFile document) {
            return new SentMessage(document.chatId(), 1, SentMessage.Outcome.SENT);
        }

        @Override
        public SentPoll sendPoll(OutgoingPoll poll) {
            return new SentPoll(new SentMessage(poll.chatId(), 1, SentMessage.Outcome.SENT), "poll-" + UPDATE_IDS.get());
        }

        @Override
        public void answerCallback(String callbackQueryId, String text) {
        }

        @Override
        public void setMenu(long chatId, List<MenuCommand> commands) {
        }
    }
}

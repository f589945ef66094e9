package ua.zalik.dialogs.quiz;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.embedded.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops while a student is in a test, and comes back: the answer pressed while it was away is taken in
 * once it is back, the next question comes once, and the test goes on; nothing is lost and nothing doubled.
 */
class DatabaseRestartTests extends ChatTestSupport {

    @Autowired QuizWorld worlds;
    @Autowired JdbcTemplate jdbc;
    @Autowired HikariDataSource pool;

    @Test
    void anAnswerPressedWhileTheDatabaseIsAwayIsTakenOnceItIsBackAndTheTestGoesOn() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "en");
        FakeMessage first = TakingTestsTests.Student.press(chat, reply(chat, "/tests"), "▶ " + s.test().title());
        assertThat(first.text()).startsWith("1/8");

        EmbeddedPostgresServer.stop();
        String pressed;
        try {
            pressed = FAKE.userPresses(chat, first.messageId(), first.callbackOf("Kyiv"));
            long update = FAKE.lastUpdateId();
            await(() -> FAKE.handedOut(update));
            // the application is now waiting for a connection it cannot get (the intake among its threads)
            await(() -> pool.getHikariPoolMXBean().getThreadsAwaitingConnection() > 0);
            assertThat(message(chat, first.messageId()).edits()).as("nothing can happen while it is away")
                    .isEqualTo(first.edits());
        } finally {
            EmbeddedPostgresServer.restart();
        }

        FakeMessage second = edited(chat, first.messageId(), first.edits() + 1);
        assertThat(second.text()).startsWith("2/8");
        FakeMessage q = TakingTestsTests.Student.press(chat, second, "☐ 2");
        q = TakingTestsTests.Student.press(chat, q, "Done");
        assertThat(q.text()).startsWith("3/8");

        assertThat(FAKE.callbackAnswers().stream().filter(a -> a.callbackQueryId().equals(pressed))).hasSize(1);
        assertThat(message(chat, first.messageId()).edits()).as("one edit a press, none again").isEqualTo(first.edits() + 3);
        assertThat(jdbc.queryForList("""
                select a.slot from testing.answer a join testing.attempt t on t.id = a.attempt_id
                 where t.assignment_id = ? and a.response is not null order by a.slot""", Integer.class,
                s.assignment().id())).containsExactly(0, 1);
    }
}

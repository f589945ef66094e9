package ua.zalik.dialogs.quiz;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** /practice sends the questions a student got wrong as Telegram quiz polls; poll answers count toward practice only. */
class PracticeInChatTests extends ChatTestSupport {

    @Autowired QuizWorld worlds;
    @Autowired JdbcTemplate jdbc;

    @Test
    void questionsAnsweredWrongComeBackAsQuizPollsAndAnswersCountOutsideGrades() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long student = s.w().studentA().id();
        long chat = worlds.link(student, newChat(), "uk");
        FakeMessage first = TakingTestsTests.Student.press(chat, reply(chat, "/tests"), "▶ " + s.test().title());
        FakeMessage confirm = TakingTestsTests.Student.answerAll(chat, first, "uk", true);
        assertThat(TakingTestsTests.Student.press(chat, confirm, "✅ Здати").text()).contains("Бали: 5 з 8");
        BigDecimal points = jdbc.queryForObject("select points from testing.attempt where student_id = ?", BigDecimal.class, student);

        FakeMessage intro = reply(chat, "/practice");
        assertThat(intro.text()).startsWith("🧠 Тренування.");
        FakeMessage poll = awaitPoll(chat, 1);
        assertThat(poll.poll().quiz()).isTrue();
        assertThat(poll.poll().question()).isEqualTo("Capital of <Ukraine> & co?");
        assertThat(poll.poll().options()).containsExactly("Kyiv", "Lviv", "Odesa");
        assertThat(poll.poll().correctOptionId()).isZero();
        assertThat(poll.poll().explanation()).isEqualTo(QuizWorld.FEEDBACK);
        assertThat(poll.protectContent()).isTrue();

        int before = FAKE.messagesTo(chat).size();
        FAKE.userAnswersPoll(chat, poll.messageId(), 0);
        assertThat(FAKE.awaitMessages(chat, before + 1, WAIT).get(before).text())
                .isEqualTo("✅ Правильно! У тренуванні правильно: 1 із 1.");

        press(chat, intro, "Ще питання");
        FakeMessage trueFalse = awaitPoll(chat, 2);
        assertThat(trueFalse.poll().options()).containsExactly("Правда", "Неправда");
        before = FAKE.messagesTo(chat).size();
        FAKE.userAnswersPoll(chat, trueFalse.messageId(), 1);
        assertThat(FAKE.awaitMessages(chat, before + 1, WAIT).get(before).text())
                .startsWith("Не цього разу").endsWith("правильно: 1 із 2.");

        press(chat, edited(chat, intro.messageId(), 1), "Ще питання");
        assertThat(edited(chat, intro.messageId(), 2).text()).startsWith("Зараз нема чого тренувати");
        assertThat(jdbc.queryForList("select right_count, wrong_count, box from testing.practice where student_id = ? order by question_id",
                student)).extracting(row -> List.of(row.get("right_count"), row.get("wrong_count"), row.get("box")))
                .containsExactly(List.of(1, 0, 1), List.of(0, 1, 0));
        assertThat(jdbc.queryForObject("select points from testing.attempt where student_id = ?", BigDecimal.class, student))
                .isEqualByComparingTo(points);
    }

    @Test
    void anEnglishSpeakingStudentPractisesInEnglish() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "en");
        FakeMessage first = TakingTestsTests.Student.press(chat, reply(chat, "/tests"), "▶ " + s.test().title());
        FakeMessage confirm = TakingTestsTests.Student.answerAll(chat, first, "en", true);
        assertThat(TakingTestsTests.Student.press(chat, confirm, "✅ Submit").text()).contains("Points: 5 of 8");

        FakeMessage intro = reply(chat, "/practice");
        assertThat(intro.text()).startsWith("🧠 Practice.").contains("doesn’t affect your grades");
        assertThat(intro.buttonTexts().stream().flatMap(List::stream)).contains("Another question");
        FakeMessage poll = awaitPoll(chat, 1);
        int before = FAKE.messagesTo(chat).size();
        FAKE.userAnswersPoll(chat, poll.messageId(), 2);
        assertThat(FAKE.awaitMessages(chat, before + 1, WAIT).get(before).text())
                .isEqualTo("Not this time — the question comes back tomorrow. Practice so far: 0 right of 1.");

        press(chat, intro, "Another question");
        FakeMessage trueFalse = awaitPoll(chat, 2);
        assertThat(trueFalse.poll().options()).containsExactly("True", "False");
        before = FAKE.messagesTo(chat).size();
        FAKE.userAnswersPoll(chat, trueFalse.messageId(), 0);
        assertThat(FAKE.awaitMessages(chat, before + 1, WAIT).get(before).text())
                .isEqualTo("✅ Right! Practice so far: 1 right of 2.");
        press(chat, edited(chat, intro.messageId(), 1), "Another question");
        assertThat(edited(chat, intro.messageId(), 2).text()).startsWith("Nothing to practise right now");
    }

    private static FakeMessage awaitPoll(long chat, int count) {
        await(() -> FAKE.messagesTo(chat).stream().filter(m -> m.poll() != null).count() >= count);
        return FAKE.messagesTo(chat).stream().filter(m -> m.poll() != null).skip(count - 1).findFirst().orElseThrow();
    }
}

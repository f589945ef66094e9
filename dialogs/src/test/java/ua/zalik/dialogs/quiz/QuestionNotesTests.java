package ua.zalik.dialogs.quiz;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.testing.ReviewPolicy;
import ua.zalik.testing.TestSettings;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** After a test a student notes what they got wrong on that question; /practice shows the note when it comes back. */
class QuestionNotesTests extends ChatTestSupport {

    @Autowired QuizWorld worlds;

    @Test
    void aNoteOnAQuestionAnsweredWrongComesBackInPractice() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "uk");
        FakeMessage review = submitMissingTwo(chat, s);
        assertThat(review.buttonTexts()).containsExactly(List.of("📝 Нотатка до питання 1", "📝 Нотатка до питання 3"),
                List.of("До моїх тестів", "Закрити"));

        FakeMessage ask = TakingTestsTests.Student.press(chat, review, "📝 Нотатка до питання 1");
        assertThat(ask.text()).startsWith("Напишіть нотатку до питання 1");
        int before = FAKE.messagesTo(chat).size();
        FAKE.userSends(chat, "Столиця — <Київ>, не Львів");
        List<FakeMessage> after = FAKE.awaitMessages(chat, before + 2, WAIT);
        assertThat(after.get(before).text()).isEqualTo("Нотатку до питання 1 збережено.");
        assertThat(after.get(before + 1).text()).startsWith(review.text().substring(0, 20));
        assertThat(after.get(before + 1).buttonTexts()).contains(List.of("До моїх тестів", "Закрити"));

        FakeMessage intro = reply(chat, "/practice");
        assertThat(intro.text()).startsWith("🧠 Тренування.").contains("📝 Ваша нотатка: Столиця — <Київ>, не Львів");
        assertThat(intro.html()).contains("&lt;Київ&gt;");
        press(chat, intro, "Ще питання");
        assertThat(edited(chat, intro.messageId(), 1).text()).startsWith("🧠 Тренування.").doesNotContain("Ваша нотатка");
    }

    @Test
    void aReviewThatHidesScoresOffersNoNoteButtons() {
        TestSettings hidden = new TestSettings(null, 1, ua.zalik.testing.GradingMethod.HIGHEST, false, true, null,
                new ReviewPolicy(ReviewPolicy.When.AFTER_ATTEMPT, false, true, false, false));
        QuizWorld.Setup s = worlds.create(hidden, 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "uk");

        assertThat(submitMissingTwo(chat, s).buttonTexts()).containsExactly(List.of("До моїх тестів", "Закрити"));
    }

    private static FakeMessage submitMissingTwo(long chat, QuizWorld.Setup s) {
        FakeMessage first = TakingTestsTests.Student.press(chat, reply(chat, "/tests"), "▶ " + s.test().title());
        FakeMessage confirm = TakingTestsTests.Student.answerAll(chat, first, "uk", true);
        return TakingTestsTests.Student.press(chat, confirm, "✅ Здати");
    }
}

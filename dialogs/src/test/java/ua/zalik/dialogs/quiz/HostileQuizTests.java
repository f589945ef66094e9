package ua.zalik.dialogs.quiz;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeCallbackAnswer;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.HostileInput;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input in the middle of a test: answered in the student's language, and the test goes on where it was. */
class HostileQuizTests extends ChatTestSupport {

    @Autowired QuizWorld worlds;

    @Test
    void hostileTextsAndForgedButtonsDuringATestLeaveItWhereItWas() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "en");
        FakeMessage list = reply(chat, "/tests");
        FakeMessage question = TakingTestsTests.Student.press(chat, list, "▶ " + s.test().title());
        assertThat(question.text()).startsWith("1/8");

        for (String text : HostileInput.texts().filter(t -> !t.startsWith("/")).sampleStream().limit(10).toList()) {
            String answer = reply(chat, text).text();
            assertThat(answer).as(text).isNotBlank().doesNotContain("Something went wrong");
            assertThat(HostileInput.hasCyrillic(answer)).as(answer).isFalse();
        }
        // (forged "/..." data is a command button, which would leave the test as a typed command does: HostileChatTests)
        for (String token : HostileInput.forgedTokens().filter(t -> !t.startsWith("/")).sampleStream().limit(10).toList()) {
            String query = FAKE.userPresses(chat, question.messageId(), token);
            await(() -> FAKE.callbackAnswers().stream().anyMatch(a -> a.callbackQueryId().equals(query)));
            FakeCallbackAnswer answer = FAKE.callbackAnswers().stream().filter(a -> a.callbackQueryId().equals(query))
                    .findFirst().orElseThrow();
            assertThat(answer.text()).as(token).isEqualTo("This button is out of date.");
        }

        // not stuck: the question as last shown still takes its answer and the test moves on
        FakeMessage now = FAKE.messagesTo(chat).reversed().stream()
                .filter(m -> m.buttonTexts().stream().flatMap(java.util.List::stream).anyMatch("Kyiv"::equals))
                .findFirst().orElseThrow();
        // (a text where buttons are expected shows the question again under a one-line hint, in English)
        assertThat(now.text()).startsWith("Answer this one with the buttons below.").contains("1/8 ");
        assertThat(TakingTestsTests.Student.press(chat, now, "Kyiv").text()).startsWith("2/8");
    }
}

package ua.zalik.dialogs;

import org.junit.jupiter.api.Test;
import ua.zalik.bot.fakeapi.FakeCallbackAnswer;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.fakeapi.FakeUser;
import ua.zalik.dialogs.engine.DialogEngine;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile texts and forged buttons from a guest speaking English: each gets a clear English answer, none a failure. */
class HostileChatTests extends ChatTestSupport {

    @Test
    void hostileTextsAndForgedButtonsGetAClearAnswerInTheUsersLanguage() {
        long chat = newChat();
        FakeUser user = FakeUser.of(chat).speaking("en");
        FakeMessage welcome = reply(chat, user, "/start");

        for (String text : HostileInput.texts().sampleStream().limit(25).toList()) {
            String answer = reply(chat, user, text).text();
            assertThat(answer).as(text).isNotBlank().doesNotContain("Something went wrong");
            assertThat(HostileInput.hasCyrillic(answer)).as(answer).isFalse();
        }
        for (String token : HostileInput.forgedTokens().sampleStream().limit(15).toList()) {
            int before = FAKE.messagesTo(chat).size();
            String query = FAKE.userPresses(chat, user, welcome.messageId(), token);
            await(() -> FAKE.callbackAnswers().stream().anyMatch(a -> a.callbackQueryId().equals(query)));
            FakeCallbackAnswer answer = FAKE.callbackAnswers().stream().filter(a -> a.callbackQueryId().equals(query))
                    .findFirst().orElseThrow();
            if (token.startsWith(DialogEngine.COMMAND_BUTTON)) {
                // "/..." is a command button (under notifications): it runs as a typed command would, and says so
                FakeMessage said = FAKE.awaitMessages(chat, before + 1, WAIT).get(before);
                assertThat(said.text()).as(token).doesNotContain("Something went wrong");
                assertThat(HostileInput.hasCyrillic(said.text())).as(said.text()).isFalse();
            } else {
                assertThat(answer.text()).as(token).isEqualTo("This button is out of date.");
            }
        }

        // and the chat is not stuck: a command still works, in English
        assertThat(reply(chat, user, "/help").text()).contains("Here is what I can do");
    }
}

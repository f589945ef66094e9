package ua.zalik.dialogs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.fakeapi.FakeCallbackAnswer;
import ua.zalik.bot.fakeapi.FakeMessage;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine under the real intake and Sender: odd input, old buttons, /cancel, many chats at once. */
class ConversationTests extends ChatTestSupport {

    @Autowired JdbcTemplate jdbc;

    @Test
    void unexpectedInputStaleButtonsAndCancelGetPoliteAnswersAndTheDialogStaysUsable() {
        long chat = newChat();
        FakeMessage first = reply(chat, "/lang");
        FakeMessage second = reply(chat, "/lang");

        FakeMessage hint = reply(chat, "французька, будь ласка");
        assertThat(hint.text()).startsWith("Цього я тут не очікував. Скористайтеся кнопками нижче або /cancel.");
        assertThat(hint.buttonTexts()).containsExactly(List.of("Українська", "English"));

        FakeCallbackAnswer stale = press(chat, first, "English");
        assertThat(stale.text()).isEqualTo("Ця кнопка вже застаріла.");
        FakeCallbackAnswer alsoStale = press(chat, second, "English");
        assertThat(alsoStale.text()).isEqualTo("Ця кнопка вже застаріла.");
        assertThat(message(chat, first.messageId()).edits()).isZero();

        assertThat(reply(chat, "/cancel").text()).isEqualTo("Скасовано. Що далі? /help");
        assertThat(press(chat, hint, "English").text()).isEqualTo("Ця кнопка вже застаріла.");
        assertThat(reply(chat, "/cancel").text()).startsWith("Зараз нічого скасовувати.");

        FakeMessage again = reply(chat, "/lang");
        FakeCallbackAnswer fresh = press(chat, again, "English");
        assertThat(fresh.text()).isNull();
        assertThat(edited(chat, again.messageId(), 1).text()).isEqualTo("Language changed: English.");
    }

    @Test
    void contextIsKeptAsJsonWithAVersionInPostgres() {
        long chat = newChat();
        reply(chat, "/lang");

        String json = jdbc.queryForObject("select context::text from dialogs.chat_context where chat_id = ?",
                String.class, chat);
        assertThat(json).contains("\"dialog\": \"lang\"", "\"state\": \"CHOOSE\"", "\"buttons\": {");
        assertThat(jdbc.queryForObject("select version from dialogs.chat_context where chat_id = ?", Long.class, chat))
                .isEqualTo(1);
    }

    @Test
    void twoHundredChatsTalkingAtOnceEachSeeTheirOwnRepliesInOrder() {
        List<Long> chats = IntStream.range(0, 200).mapToObj(i -> newChat()).toList();
        for (String text : List.of("/me", "/lang en", "/help")) {
            for (long chat : chats) {
                FAKE.userSends(chat, text);
            }
        }

        for (long chat : chats) {
            FAKE.awaitMessages(chat, 3, WAIT);
            List<String> texts = FAKE.textsTo(chat);
            assertThat(texts).hasSize(3);
            assertThat(texts.get(0)).startsWith("Вітаю, User" + chat + "! Залік вас ще не знає.");
            assertThat(texts.get(1)).isEqualTo("Language changed: English.");
            assertThat(texts.get(2)).startsWith("Here is what I can do until you join your school:");
        }
    }
}

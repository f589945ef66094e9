package ua.zalik.dialogs.engine;

import org.junit.jupiter.api.Test;
import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.OutgoingFile;
import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.OutgoingPoll;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A kept reply read back is the reply that was kept: text, buttons, edits, protection, file bytes, polls' origin. */
class OutboxJsonTests {

    @Test
    void everyKindOfKeptReplyReadsBackAsItWasWritten() {
        OutgoingMessage question = OutgoingMessage.reply(42, "1/8 <b>Capital</b> of “Ukraine”?")
                .withKeyboard(OutgoingMessage.InlineKeyboard.of(List.of(
                        List.of(OutgoingMessage.Button.callback("Kyiv", "tok1234567"),
                                OutgoingMessage.Button.link("Help", "https://zalik.test/help")))))
                .protectedContent().editing(77);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 255};
        List<Effect> kept = List.of(
                new Effect.Send(question),
                new Effect.Send(OutgoingMessage.bulk(42, "plain")),
                new Effect.SendPhoto(OutgoingFile.of(42, "question.png", png, "caption").protectedContent()),
                new Effect.SendDocument(OutgoingFile.resend(42, "file-id-1", null)),
                new Effect.SendPoll(OutgoingPoll.quiz(42, "2 + 2?", List.of("3", "4"), 1, "four"), "practice", "q7"));

        for (Effect effect : kept) {
            Effect read = OutboxJson.read(OutboxJson.write(effect));
            assertThat(read).usingRecursiveComparison().isEqualTo(effect);
        }
        assertThat(((Effect.SendPhoto) OutboxJson.read(OutboxJson.write(kept.get(2)))).photo().content()).isEqualTo(png);
    }

    @Test
    void callbackAnswersAndMenusAreNotKept() {
        assertThat(ChatOutbox.kept(new Effect.AnswerCallback("cq", null))).isFalse();
        assertThat(ChatOutbox.kept(new Effect.SetMenu(42, List.of(new MenuCommand("help", "help"))))).isFalse();
        assertThat(ChatOutbox.kept(new Effect.Send(OutgoingMessage.reply(42, "hi")))).isTrue();
        assertThatThrownBy(() -> OutboxJson.write(new Effect.AnswerCallback("cq", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

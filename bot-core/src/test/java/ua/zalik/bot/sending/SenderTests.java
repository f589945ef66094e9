package ua.zalik.bot.sending;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.ChatBlockedRecorder;
import ua.zalik.bot.TelegramTestSupport;
import ua.zalik.bot.fakeapi.FakeCall;
import ua.zalik.bot.fakeapi.FakeMessage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SenderTests extends TelegramTestSupport {

    @Autowired
    Sender sender;

    @Autowired
    ChatBlockedRecorder blocked;

    @Autowired
    MeterRegistry meters;

    @Test
    void sentMessageCanBeEditedLaterByItsId() {
        long chat = newPrivateChat();
        var keyboard = OutgoingMessage.InlineKeyboard.of(List.of(List.of(OutgoingMessage.Button.callback("Go", "t:1"))));
        SentMessage sent = sender.send(OutgoingMessage.reply(chat, "<b>Question</b> 1").withKeyboard(keyboard));

        assertThat(sent.delivered()).isTrue();
        sender.send(OutgoingMessage.reply(chat, "Question 1 <i>answered</i>").editing(sent.messageId()));

        FakeMessage seen = FAKE.lastMessageTo(chat);
        assertThat(FAKE.messagesTo(chat)).hasSize(1);
        assertThat(seen.text()).isEqualTo("Question 1 answered");
        assertThat(seen.keyboard()).isEmpty();
        assertThat(seen.edits()).isEqualTo(1);
    }

    @Test
    void keyboardAloneCanBeReplaced() {
        long chat = newPrivateChat();
        var first = OutgoingMessage.InlineKeyboard.of(List.of(List.of(OutgoingMessage.Button.callback("A", "a"))));
        var second = OutgoingMessage.InlineKeyboard.of(List.of(List.of(OutgoingMessage.Button.link("Open", "https://x.ua"))));
        SentMessage sent = sender.send(OutgoingMessage.reply(chat, "Pick").withKeyboard(first));

        sender.send(new OutgoingMessage(chat, null, second, false, sent.messageId(), OutgoingMessage.Priority.INTERACTIVE));

        assertThat(FAKE.lastMessageTo(chat).text()).isEqualTo("Pick");
        assertThat(FAKE.lastMessageTo(chat).keyboard().getFirst().getFirst().url()).isEqualTo("https://x.ua");
    }

    @Test
    void userTextIsEscapedAndShownAsTyped() {
        long chat = newPrivateChat();
        String typed = "<script>alert(\"1 & 2\")</script> </b>";

        assertThat(sender.send(OutgoingMessage.reply(chat, "You wrote: <b>" + Html.escape(typed) + "</b>")).delivered())
                .isTrue();
        assertThat(sender.send(OutgoingMessage.reply(chat, "Unescaped: " + typed)).outcome())
                .isEqualTo(SentMessage.Outcome.FAILED);

        assertThat(FAKE.textsTo(chat)).containsExactly("You wrote: " + typed);
    }

    @Test
    void longTextArrivesWholeInSeveralMessagesWithTagsKeptValid() {
        long chat = newPrivateChat();
        String lines = IntStream.range(0, 400).mapToObj(i -> "line " + i + " of a long report &amp; more")
                .collect(Collectors.joining("\n"));
        String html = "<b>Report</b>\n<i>" + lines + "</i>";

        SentMessage last = sender.send(OutgoingMessage.reply(chat, html)
                .withKeyboard(OutgoingMessage.InlineKeyboard.of(List.of(List.of(OutgoingMessage.Button.callback("OK", "ok"))))));

        List<FakeMessage> seen = FAKE.messagesTo(chat);
        assertThat(seen).hasSizeGreaterThan(2);
        assertThat(seen).allSatisfy(m -> assertThat(m.html().length()).isLessThanOrEqualTo(4096));
        assertThat(seen.stream().map(FakeMessage::text).collect(Collectors.joining()))
                .isEqualTo("Report\n" + lines.replace("&amp;", "&"));
        assertThat(seen.getLast().messageId()).isEqualTo(last.messageId());
        assertThat(seen.getLast().keyboard()).isNotEmpty();
        assertThat(seen.subList(0, seen.size() - 1)).allSatisfy(m -> assertThat(m.keyboard()).isEmpty());
    }

    @Test
    void callbackDataOverSixtyFourBytesIsRefusedBeforeAnyCall() {
        long chat = newPrivateChat();
        String tooLong = "ж".repeat(33);
        assertThat(tooLong.getBytes(StandardCharsets.UTF_8)).hasSize(66);

        assertThatThrownBy(() -> sender.send(OutgoingMessage.reply(chat, "x")
                .withKeyboard(OutgoingMessage.InlineKeyboard.of(List.of(List.of(OutgoingMessage.Button.callback("B", tooLong)))))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(FAKE.calls()).noneMatch(c -> Long.valueOf(chat).equals(c.chatId()));
    }

    @Test
    void rateLimitedMessagesWaitAndArriveOnceInOrder() {
        long chat = newPrivateChat();
        FAKE.rateLimitNext(chat, 2, 1);

        for (int i = 1; i <= 3; i++) {
            assertThat(sender.send(OutgoingMessage.reply(chat, "m" + i)).delivered()).isTrue();
        }

        assertThat(FAKE.textsTo(chat)).containsExactly("m1", "m2", "m3");
        assertThat(statuses(chat)).containsExactly(429, 429, 200, 200, 200);
        assertThat(meters.counter("zalik.telegram.sends", "method", "sendMessage", "outcome", "rate_limited").count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedUntilTheMessageGoesThrough() {
        long chat = newPrivateChat();
        FAKE.failNext(chat, 2, 502);

        SentMessage sent = sender.send(OutgoingMessage.reply(chat, "after hiccups"));

        assertThat(sent.delivered()).isTrue();
        assertThat(FAKE.textsTo(chat)).containsExactly("after hiccups");
        assertThat(statuses(chat)).containsExactly(502, 502, 200);
    }

    @Test
    void persistentServerErrorsGiveUpAfterBoundedAttempts() {
        long chat = newPrivateChat();
        FAKE.failNext(chat, 50, 500);

        assertThat(sender.send(OutgoingMessage.reply(chat, "never")).outcome()).isEqualTo(SentMessage.Outcome.FAILED);
        assertThat(statuses(chat)).hasSize(5).containsOnly(500);
    }

    @Test
    void blockedChatIsReportedOnceAndNotRetried() {
        long chat = newPrivateChat();
        FAKE.blockedBy(chat);

        assertThat(sender.send(OutgoingMessage.reply(chat, "hello?")).outcome()).isEqualTo(SentMessage.Outcome.BLOCKED);

        assertThat(blocked.blockedChats()).containsOnlyOnce(chat);
        assertThat(statuses(chat)).containsExactly(403);
        assertThat(FAKE.messagesTo(chat)).isEmpty();
    }

    @Test
    void quizPollIsSentAndStopped() {
        long chat = newPrivateChat();
        SentPoll poll = sender.sendPoll(OutgoingPoll.quiz(chat, "2 + 2?", List.of("3", "4", "5"), 1, "Count"));

        assertThat(poll.delivered()).isTrue();
        assertThat(poll.pollId()).isNotBlank();
        assertThat(sender.stopPoll(chat, poll.message().messageId())).isTrue();
        FakeMessage seen = FAKE.lastMessageTo(chat);
        assertThat(seen.poll().options()).containsExactly("3", "4", "5");
        assertThat(seen.poll().correctOptionId()).isEqualTo(1);
        assertThat(seen.poll().closed()).isTrue();
    }

    @Test
    void documentGoesUpAndComesBackByFileId() {
        long chat = newPrivateChat();
        byte[] content = "name;score\nOlena;12\n".getBytes(StandardCharsets.UTF_8);

        SentMessage sent = sender.sendDocument(OutgoingFile.of(chat, "results.csv", content, "<b>Results</b>"));

        assertThat(sent.delivered()).isTrue();
        FakeMessage seen = FAKE.lastMessageTo(chat);
        assertThat(seen.fileName()).isEqualTo("results.csv");
        assertThat(seen.text()).isEqualTo("Results");
        assertThat(sender.download(seen.fileId())).hasValue(content);
        assertThat(sender.sendPhoto(OutgoingFile.of(chat, "chart.png", new byte[] {1, 2, 3}, null)).delivered()).isTrue();
        assertThat(FAKE.lastMessageTo(chat).protectContent()).isFalse();
        assertThat(sender.sendPhoto(OutgoingFile.of(chat, "question.png", new byte[] {4, 5}, null).protectedContent())
                .delivered()).isTrue();
        assertThat(FAKE.lastMessageTo(chat).protectContent()).as("a test question's picture").isTrue();
    }

    @Test
    void messageIsDeletedAndCommandMenuSetPerLanguage() {
        long chat = newPrivateChat();
        SentMessage sent = sender.send(OutgoingMessage.reply(chat, "temporary"));

        assertThat(sender.delete(chat, sent.messageId())).isTrue();
        assertThat(sender.setCommands("en", List.of(new MenuCommand("help", "What I can do")))).isTrue();

        assertThat(FAKE.messagesTo(chat)).isEmpty();
        assertThat(FAKE.commands().get("en")).containsExactly("help - What I can do");
    }

    private static List<Integer> statuses(long chat) {
        return FAKE.calls().stream().filter(c -> Long.valueOf(chat).equals(c.chatId())).map(FakeCall::status).toList();
    }
}

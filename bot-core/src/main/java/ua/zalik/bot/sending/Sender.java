package ua.zalik.bot.sending;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.polls.StopPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The one way out to Telegram. Every call blocks its (virtual) thread until Telegram answered or retries gave up,
 * within the shared rate limits; a 403 publishes {@link ChatBlocked}. Texts are Telegram HTML, already escaped.
 */
public class Sender {

    static final int MAX_TEXT = 4096;

    private final TelegramClient client;
    private final TelegramCalls calls;
    private final FileDownloads downloads;

    Sender(TelegramClient client, TelegramCalls calls, FileDownloads downloads) {
        this.client = client;
        this.calls = calls;
        this.downloads = downloads;
    }

    /**
     * Sends the message, or edits {@code editMessageId} (only its keyboard when {@code html} is null). A text past
     * 4096 characters goes as several messages with the keyboard on the last; the result names that last one.
     */
    public SentMessage send(OutgoingMessage message) {
        Keyboards.validate(message.keyboard());
        if (message.html() == null && message.editMessageId() == null) {
            throw new IllegalArgumentException("a new message needs a text");
        }
        long chatId = message.chatId();
        if (message.editMessageId() != null && message.html() == null) {
            var edit = EditMessageReplyMarkup.builder().chatId(chatId).messageId(message.editMessageId())
                    .replyMarkup(Keyboards.markup(message.keyboard())).build();
            return sent(chatId, message.editMessageId(), calls.execute("editMessageReplyMarkup", chatId,
                    message.priority(), () -> client.execute(edit)).outcome());
        }
        List<String> parts = MessageSplitter.split(message.html(), MAX_TEXT);
        SentMessage last = null;
        for (int i = 0; i < parts.size(); i++) {
            boolean isLast = i == parts.size() - 1;
            var keyboard = isLast ? Keyboards.markup(message.keyboard()) : null;
            last = i == 0 && message.editMessageId() != null
                    ? edit(message, parts.get(i), keyboard)
                    : sendText(message, parts.get(i), keyboard);
            if (!last.delivered()) {
                return last;
            }
        }
        return last;
    }

    private SentMessage sendText(OutgoingMessage message, String html,
                                 org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup keyboard) {
        var send = SendMessage.builder().chatId(message.chatId()).text(html).parseMode(ParseMode.HTML)
                .replyMarkup(keyboard).protectContent(message.protectContent()).build();
        var result = calls.execute("sendMessage", message.chatId(), message.priority(), () -> client.execute(send));
        return sent(message.chatId(), result.value() == null ? null : result.value().getMessageId(), result.outcome());
    }

    private SentMessage edit(OutgoingMessage message, String html,
                             org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup keyboard) {
        var edit = EditMessageText.builder().chatId(message.chatId()).messageId(message.editMessageId())
                .text(html).parseMode(ParseMode.HTML).replyMarkup(keyboard).build();
        TelegramCalls.Result<Serializable> result = calls.execute("editMessageText", message.chatId(),
                message.priority(), () -> client.execute(edit));
        return sent(message.chatId(), message.editMessageId(), result.outcome());
    }

    public boolean answerCallback(String callbackQueryId, String text, boolean showAlert) {
        var answer = AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text).showAlert(showAlert)
                .build();
        return calls.execute("answerCallbackQuery", null, OutgoingMessage.Priority.INTERACTIVE,
                () -> client.execute(answer)).outcome() == SentMessage.Outcome.SENT;
    }

    public SentPoll sendPoll(OutgoingPoll poll) {
        var send = SendPoll.builder().chatId(poll.chatId()).question(poll.question())
                .options(poll.options().stream().map(InputPollOption::new).toList())
                .isAnonymous(false).type(poll.quiz() ? "quiz" : "regular")
                .correctOptionIds(poll.correctOptionId() == null ? null : List.of(poll.correctOptionId()))
                .explanation(poll.explanation()).explanationParseMode(poll.explanation() == null ? null : ParseMode.HTML)
                .openPeriod(poll.openPeriodSeconds()).protectContent(poll.protectContent()).build();
        var result = calls.execute("sendPoll", poll.chatId(), poll.priority(), () -> client.execute(send));
        Message message = result.value();
        return new SentPoll(sent(poll.chatId(), message == null ? null : message.getMessageId(), result.outcome()),
                message == null || message.getPoll() == null ? null : message.getPoll().getId());
    }

    public boolean stopPoll(long chatId, int messageId) {
        var stop = StopPoll.builder().chatId(chatId).messageId(messageId).build();
        return calls.execute("stopPoll", chatId, OutgoingMessage.Priority.INTERACTIVE, () -> client.execute(stop))
                .outcome() == SentMessage.Outcome.SENT;
    }

    public SentMessage sendDocument(OutgoingFile file) {
        // built per attempt: an upload's stream is used up by the first try
        var result = calls.execute("sendDocument", file.chatId(), file.priority(), () -> client.execute(
                SendDocument.builder().chatId(file.chatId()).document(input(file)).caption(file.captionHtml()).protectContent(file.protectContent())
                        .parseMode(file.captionHtml() == null ? null : ParseMode.HTML).build()));
        return sent(file.chatId(), result.value() == null ? null : result.value().getMessageId(), result.outcome());
    }

    public SentMessage sendPhoto(OutgoingFile file) {
        var result = calls.execute("sendPhoto", file.chatId(), file.priority(), () -> client.execute(
                SendPhoto.builder().chatId(file.chatId()).photo(input(file)).caption(file.captionHtml()).protectContent(file.protectContent())
                        .parseMode(file.captionHtml() == null ? null : ParseMode.HTML).build()));
        return sent(file.chatId(), result.value() == null ? null : result.value().getMessageId(), result.outcome());
    }

    /** A file a user sent, by its file id; empty when Telegram would not give it or it is over the size limit. */
    public Optional<byte[]> download(String fileId) {
        var file = calls.execute("getFile", null, OutgoingMessage.Priority.INTERACTIVE,
                () -> client.execute(new GetFile(fileId))).value();
        if (file == null || (file.getFileSize() != null && file.getFileSize() > downloads.maxBytes())) {
            return Optional.empty();
        }
        return Optional.ofNullable(calls.execute("downloadFile", null, OutgoingMessage.Priority.INTERACTIVE,
                () -> downloads.fetch(file.getFilePath())).value());
    }

    public boolean delete(long chatId, int messageId) {
        var delete = DeleteMessage.builder().chatId(chatId).messageId(messageId).build();
        return calls.execute("deleteMessage", null, OutgoingMessage.Priority.INTERACTIVE, () -> client.execute(delete))
                .outcome() == SentMessage.Outcome.SENT;
    }

    /** The command menu for users whose Telegram language is {@code languageCode} (null: everyone else). */
    public boolean setCommands(String languageCode, List<MenuCommand> commands) {
        var set = SetMyCommands.builder().scope(new BotCommandScopeDefault()).languageCode(languageCode)
                .commands(commands.stream().map(c -> new BotCommand(c.command(), c.description())).toList()).build();
        return calls.execute("setMyCommands", null, OutgoingMessage.Priority.INTERACTIVE, () -> client.execute(set))
                .outcome() == SentMessage.Outcome.SENT;
    }

    /** The command menu of one chat (Telegram shows it instead of the default one), e.g. once the user's roles are known. */
    public boolean setChatCommands(long chatId, List<MenuCommand> commands) {
        var set = SetMyCommands.builder().scope(new BotCommandScopeChat(String.valueOf(chatId)))
                .commands(commands.stream().map(c -> new BotCommand(c.command(), c.description())).toList()).build();
        return calls.execute("setMyCommands", chatId, OutgoingMessage.Priority.INTERACTIVE, () -> client.execute(set))
                .outcome() == SentMessage.Outcome.SENT;
    }

    /** For bot-core's start-up in webhook mode. */
    public boolean setWebhook(String url, String secret, List<String> allowedUpdates) {
        var set = SetWebhook.builder().url(url).secretToken(secret).allowedUpdates(allowedUpdates).build();
        return calls.execute("setWebhook", null, OutgoingMessage.Priority.INTERACTIVE, () -> client.execute(set))
                .outcome() == SentMessage.Outcome.SENT;
    }

    /** For bot-core's start-up in polling mode: Telegram refuses getUpdates while a webhook is set. */
    public boolean deleteWebhook() {
        var delete = DeleteWebhook.builder().dropPendingUpdates(false).build();
        return calls.execute("deleteWebhook", null, OutgoingMessage.Priority.INTERACTIVE,
                () -> client.execute(delete)).outcome() == SentMessage.Outcome.SENT;
    }

    private static InputFile input(OutgoingFile file) {
        return file.fileId() != null
                ? new InputFile(file.fileId())
                : new InputFile(new ByteArrayInputStream(file.content()), file.fileName());
    }

    private static SentMessage sent(long chatId, Integer messageId, SentMessage.Outcome outcome) {
        return new SentMessage(chatId, outcome == SentMessage.Outcome.SENT ? messageId : null, outcome);
    }
}

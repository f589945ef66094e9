package ua.zalik.dialogs.engine;

import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.OutgoingFile;
import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.OutgoingPoll;
import ua.zalik.bot.sending.SentMessage;
import ua.zalik.bot.sending.SentPoll;

import java.util.List;

/** The engine's way out; in the app it is bot-core's Sender, in engine tests a recorder. */
public interface ChatOutput {

    /** What Telegram said: sent, blocked (never again) or failed (retries exhausted). */
    SentMessage send(OutgoingMessage message);

    SentMessage sendPhoto(OutgoingFile photo);

    SentMessage sendDocument(OutgoingFile document);

    SentPoll sendPoll(OutgoingPoll poll);

    void answerCallback(String callbackQueryId, String text);

    void setMenu(long chatId, List<MenuCommand> commands);

    /** A file the user sent, by its Telegram file id; empty when it could not be fetched or is over the size limit. */
    default java.util.Optional<byte[]> download(String fileId) {
        return java.util.Optional.empty();
    }
}

package ua.zalik.dialogs.engine;

import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.OutgoingFile;
import ua.zalik.bot.sending.OutgoingPoll;
import ua.zalik.bot.sending.SentMessage;
import ua.zalik.bot.sending.SentPoll;
import ua.zalik.bot.sending.Sender;

import java.util.List;

/** Replies through bot-core's Sender (rate limits, retries, 403 as ChatBlocked). */
final class SenderOutput implements ChatOutput {

    private final Sender sender;

    SenderOutput(Sender sender) {
        this.sender = sender;
    }

    @Override
    public SentMessage send(OutgoingMessage message) {
        return sender.send(message);
    }

    @Override
    public SentMessage sendPhoto(OutgoingFile photo) {
        return sender.sendPhoto(photo);
    }

    @Override
    public SentMessage sendDocument(OutgoingFile document) {
        return sender.sendDocument(document);
    }

    @Override
    public SentPoll sendPoll(OutgoingPoll poll) {
        return sender.sendPoll(poll);
    }

    @Override
    public void answerCallback(String callbackQueryId, String text) {
        sender.answerCallback(callbackQueryId, text, false);
    }

    @Override
    public java.util.Optional<byte[]> download(String fileId) {
        return sender.download(fileId);
    }

    @Override
    public void setMenu(long chatId, List<MenuCommand> commands) {
        sender.setChatCommands(chatId, commands);
    }
}

package ua.zalik.dialogs.engine;

import ua.zalik.bot.sending.OutgoingMessage;

/** The engine's way out; in the app it is bot-core's Sender, in engine tests a recorder. */
public interface ChatOutput {

    void send(OutgoingMessage message);

    void answerCallback(String callbackQueryId, String text);
}

package ua.zalik.dialogs.engine;

import ua.zalik.bot.sending.OutgoingMessage;

/** Something a turn sends, after its context is kept. */
public sealed interface Effect {

    record Send(OutgoingMessage message) implements Effect {
    }

    /** {@code text} null answers silently (the spinner on the button stops). */
    record AnswerCallback(String callbackQueryId, String text) implements Effect {
    }
}

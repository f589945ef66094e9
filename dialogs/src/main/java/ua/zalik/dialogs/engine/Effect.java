package ua.zalik.dialogs.engine;

import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.OutgoingMessage;

import java.util.List;

/** Something a turn sends, after its context is kept. */
public sealed interface Effect {

    record Send(OutgoingMessage message) implements Effect {
    }

    /** The chat's own command menu. */
    record SetMenu(long chatId, List<MenuCommand> commands) implements Effect {
    }

    /** {@code text} null answers silently (the spinner on the button stops). */
    record AnswerCallback(String callbackQueryId, String text) implements Effect {
    }
}

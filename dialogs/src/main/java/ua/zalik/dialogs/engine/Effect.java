package ua.zalik.dialogs.engine;

import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.OutgoingFile;
import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.OutgoingPoll;

import java.util.List;

/** Something a turn sends, after its context is kept. */
public sealed interface Effect {

    record Send(OutgoingMessage message) implements Effect {
    }

    record SendPhoto(OutgoingFile photo) implements Effect {
    }

    record SendDocument(OutgoingFile document) implements Effect {
    }

    /** Once sent, the poll's id is remembered with the dialog and tag, so that its answers find their way back. */
    record SendPoll(OutgoingPoll poll, String dialog, String tag) implements Effect {
    }

    /** The chat's own command menu. */
    record SetMenu(long chatId, List<MenuCommand> commands) implements Effect {
    }

    /** {@code text} null answers silently (the spinner on the button stops). */
    record AnswerCallback(String callbackQueryId, String text) implements Effect {
    }
}

package ua.zalik.dialogs.engine;

/** Which chat and dialog sent a poll, and the tag the dialog gave it. */
public record PollOrigin(long chatId, String dialog, String tag) {
}

package ua.zalik.bot.intake;

import java.util.List;

/**
 * One Telegram update, reduced to what conversations use. Built by bot-core from the Bot API's
 * JSON so that dialogs never depend on the Telegram library's classes.
 */
public record IncomingUpdate(
        long updateId,
        Kind kind,
        long chatId,
        ChatType chatType,
        TelegramUser from,
        String text,
        Integer messageId,
        Callback callback,
        PollAnswer pollAnswer,
        Attachment attachment,
        ForwardedPoll poll) {

    public enum Kind { TEXT, COMMAND, CALLBACK, POLL_ANSWER, DOCUMENT, PHOTO, POLL, OTHER }

    public enum ChatType { PRIVATE, GROUP, CHANNEL }

    public record TelegramUser(long id, String firstName, String lastName, String username, String languageCode) {
    }

    /** A pressed inline button: {@code data} is the opaque token the button was sent with. */
    public record Callback(String id, String data, Integer messageId) {
    }

    public record PollAnswer(String pollId, List<Integer> optionIds) {
    }

    public record Attachment(String fileId, String fileName, String mimeType, Long fileSize, String caption) {
    }

    /** A quiz poll sent or forwarded to the bot. */
    public record ForwardedPoll(String question, List<String> options, Integer correctOptionId, String explanation,
                                boolean quiz) {
    }

    /** The command word without the slash and bot name, e.g. "start" for "/start@ZalikBot abc". */
    public String command() {
        if (text == null || !text.startsWith("/")) {
            return null;
        }
        String word = text.substring(1).split("\\s+", 2)[0];
        int at = word.indexOf('@');
        return (at >= 0 ? word.substring(0, at) : word).toLowerCase(java.util.Locale.ROOT);
    }

    /** What follows the command word, trimmed; "" when nothing. */
    public String commandArgument() {
        if (text == null || !text.startsWith("/")) {
            return "";
        }
        String[] parts = text.split("\\s+", 2);
        return parts.length < 2 ? "" : parts[1].trim();
    }
}

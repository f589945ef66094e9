package ua.zalik.bot.sending;

import java.util.List;

/**
 * A message to send or an edit of one already sent. {@code html} is Telegram HTML whose user-provided
 * parts are already escaped with {@link Html#escape}; callback data of buttons is an opaque token ≤ 64 bytes.
 */
public record OutgoingMessage(long chatId, String html, InlineKeyboard keyboard, boolean protectContent,
                              Integer editMessageId, Priority priority) {

    public enum Priority { INTERACTIVE, BULK }

    public static OutgoingMessage reply(long chatId, String html) {
        return new OutgoingMessage(chatId, html, null, false, null, Priority.INTERACTIVE);
    }

    public static OutgoingMessage bulk(long chatId, String html) {
        return new OutgoingMessage(chatId, html, null, false, null, Priority.BULK);
    }

    public OutgoingMessage withKeyboard(InlineKeyboard inlineKeyboard) {
        return new OutgoingMessage(chatId, html, inlineKeyboard, protectContent, editMessageId, priority);
    }

    public OutgoingMessage protectedContent() {
        return new OutgoingMessage(chatId, html, keyboard, true, editMessageId, priority);
    }

    /** Edit this message in place instead of sending a new one. */
    public OutgoingMessage editing(int messageId) {
        return new OutgoingMessage(chatId, html, keyboard, protectContent, messageId, priority);
    }

    public record InlineKeyboard(List<List<Button>> rows) {

        public static InlineKeyboard of(List<List<Button>> rows) {
            return new InlineKeyboard(List.copyOf(rows));
        }
    }

    /** A button carries either an opaque callback token or a URL. */
    public record Button(String text, String callbackData, String url) {

        public static Button callback(String text, String token) {
            return new Button(text, token, null);
        }

        public static Button link(String text, String url) {
            return new Button(text, null, url);
        }
    }
}

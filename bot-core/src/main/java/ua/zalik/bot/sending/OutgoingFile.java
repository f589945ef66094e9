package ua.zalik.bot.sending;

/** A document or photo to send: new bytes, or a Telegram file id of one sent before. Caption is Telegram HTML. */
public record OutgoingFile(long chatId, String fileName, byte[] content, String fileId, String captionHtml,
                           OutgoingMessage.Priority priority, boolean protectContent) {

    public OutgoingFile {
        if ((content == null) == (fileId == null)) {
            throw new IllegalArgumentException("give either the content or a file id");
        }
    }

    public static OutgoingFile of(long chatId, String fileName, byte[] content, String captionHtml) {
        return new OutgoingFile(chatId, fileName, content, null, captionHtml, OutgoingMessage.Priority.INTERACTIVE, false);
    }

    public static OutgoingFile resend(long chatId, String fileId, String captionHtml) {
        return new OutgoingFile(chatId, null, null, fileId, captionHtml, OutgoingMessage.Priority.INTERACTIVE, false);
    }

    /** Telegram's protect_content: the file cannot be forwarded or saved (a test question's picture). */
    public OutgoingFile protectedContent() {
        return new OutgoingFile(chatId, fileName, content, fileId, captionHtml, priority, true);
    }
}

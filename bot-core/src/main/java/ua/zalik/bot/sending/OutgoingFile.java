package ua.zalik.bot.sending;

/** A document or photo to send: new bytes, or a Telegram file id of one sent before. Caption is Telegram HTML. */
public record OutgoingFile(long chatId, String fileName, byte[] content, String fileId, String captionHtml,
                           OutgoingMessage.Priority priority) {

    public OutgoingFile {
        if ((content == null) == (fileId == null)) {
            throw new IllegalArgumentException("give either the content or a file id");
        }
    }

    public static OutgoingFile of(long chatId, String fileName, byte[] content, String captionHtml) {
        return new OutgoingFile(chatId, fileName, content, null, captionHtml, OutgoingMessage.Priority.INTERACTIVE);
    }

    public static OutgoingFile resend(long chatId, String fileId, String captionHtml) {
        return new OutgoingFile(chatId, null, null, fileId, captionHtml, OutgoingMessage.Priority.INTERACTIVE);
    }
}

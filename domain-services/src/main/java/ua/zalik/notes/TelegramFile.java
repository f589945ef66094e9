package ua.zalik.notes;

/** A photo or document saved from chat: Telegram's file id is enough to send it again. */
public record TelegramFile(String fileId, Kind kind) {

    public enum Kind { PHOTO, DOCUMENT }
}

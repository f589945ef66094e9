package ua.zalik.users;

/** The Telegram user behind a chat, as the bot sees them. */
public record TelegramIdentity(long telegramUserId, long chatId, String firstName, String lastName, String languageCode) {

    String fullName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? "Telegram " + telegramUserId : name;
    }

    String language() {
        return languageCode != null && languageCode.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "uk";
    }
}

package ua.zalik.users;

/** An account row joined with its Telegram link: who writes, read in one statement. */
record StoredTelegramAccount(long id, long schoolId, String email, String fullName, String language, String roles,
                             long telegramUserId, long chatId, boolean active) {

    TelegramAccount toTelegramAccount() {
        return new TelegramAccount(new StoredAccount(id, schoolId, email, fullName, language, roles).toAccount(),
                new TelegramLink(telegramUserId, id, chatId, active));
    }
}

package ua.zalik.users;

public record TelegramLink(long telegramUserId, long accountId, long chatId, boolean active) {
}

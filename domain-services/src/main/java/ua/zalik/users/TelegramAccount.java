package ua.zalik.users;

/** The account behind a Telegram user together with that user's link (its chat and whether it is live). */
public record TelegramAccount(Account account, TelegramLink link) {
}

package ua.zalik.bot.sending;

/** Published (Spring event) when Telegram answers 403: the user blocked the bot; stop writing to this chat. */
public record ChatBlocked(long chatId) {
}

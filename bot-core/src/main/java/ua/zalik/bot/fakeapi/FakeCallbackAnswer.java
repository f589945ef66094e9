package ua.zalik.bot.fakeapi;

/** An answerCallbackQuery the bot made. */
public record FakeCallbackAnswer(String callbackQueryId, String text, boolean showAlert) {
}

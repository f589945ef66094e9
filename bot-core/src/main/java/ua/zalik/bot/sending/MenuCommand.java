package ua.zalik.bot.sending;

/** One entry of the bot's command menu: "help" (no slash) and its description in the menu's language. */
public record MenuCommand(String command, String description) {
}

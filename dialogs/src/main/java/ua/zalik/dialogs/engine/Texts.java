package ua.zalik.dialogs.engine;

import org.springframework.context.MessageSource;
import ua.zalik.bot.sending.Html;

import java.util.Locale;

/** Bundle texts ({@code i18n/dialogs}: Ukrainian base, {@code _en} English) with every string argument escaped. */
public final class Texts {

    public static final Locale UKRAINIAN = Locale.of("uk");
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** Already Telegram HTML (built from other texts): goes into a message as is. */
    public record Markup(String html) {
    }

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Locale locale, String key, Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = switch (args[i]) {
                case Markup markup -> markup.html();
                case null -> "";
                // whole numbers as they are (no grouping); fractions go on as numbers, for {n,number,#.#} in the locale
                case Integer number -> number.toString();
                case Long number -> number.toString();
                case Number number -> number;
                default -> Html.escape(args[i].toString());
            };
        }
        return messages.getMessage(key, safe, locale);
    }

    /** Plain text (not HTML: nothing escaped), e.g. to go into another message as one argument that is escaped then. */
    public String plain(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A text without arguments, or {@code fallback} when the bundles lack the key. */
    public String textOr(Locale locale, String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** "uk" or "en": ours when set, else Telegram's language_code (English when it starts with "en"). */
    public static String language(String chosen, String telegramLanguageCode) {
        if (chosen != null) {
            return chosen;
        }
        return telegramLanguageCode != null && telegramLanguageCode.toLowerCase(Locale.ROOT).startsWith("en")
                ? "en" : "uk";
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? ENGLISH : UKRAINIAN;
    }
}

package ua.zalik.testing;

import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with a question file, as a key of the {@code i18n/imports} bundle and its arguments, so each reader
 * gets it in their own language; {@code line} is the file's line it is about.
 */
public record ImportProblem(int line, String key, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(int line, String key, Object... args) {
        return new ImportProblem(line, key, List.of(args));
    }

    /** The problem's sentence, without its line. */
    public String text(MessageSource messages, Locale locale) {
        return messages.getMessage(key, args.toArray(), locale);
    }

    /** "line N: the sentence". */
    public String lineText(MessageSource messages, Locale locale) {
        return messages.getMessage("import.line", new Object[]{line, text(messages, locale)}, locale);
    }
}

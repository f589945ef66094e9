package ua.zalik.testing;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a question file was not imported, as data: a headline (a key of {@code i18n/imports} and its arguments) and the
 * first {@link #LIMIT} problems by line, rendered in the reader's language by whoever shows it (chat, REST).
 */
public record ImportFailure(String key, List<Object> args, List<ImportProblem> problems) {

    public static final int LIMIT = 20;

    /** The English texts, for logs and exception messages. */
    private static final MessageSource ENGLISH_TEXTS = english();

    public ImportFailure {
        args = List.copyOf(args);
        problems = List.copyOf(problems);
    }

    /** A file with {@code total} problems, of which the first ones are {@code problems}. */
    public static ImportFailure rejected(String format, int total, List<ImportProblem> problems) {
        List<ImportProblem> shown = problems.subList(0, Math.min(LIMIT, problems.size()));
        return total > shown.size()
                ? new ImportFailure("import.rejected-some", List.of(format, total, shown.size()), shown)
                : new ImportFailure("import.rejected", List.of(format, total), shown);
    }

    /** The file as a whole is wrong (no questions, an unknown kind of file): a headline without lines. */
    public static ImportFailure of(String key, Object... args) {
        return new ImportFailure(key, List.of(args), List.of());
    }

    public String headline(MessageSource messages, Locale locale) {
        return messages.getMessage(key, args.toArray(), locale);
    }

    /** The headline, then a "line N: problem" line per problem. */
    public String text(MessageSource messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(messages, locale));
        problems.forEach(problem -> lines.add(problem.lineText(messages, locale)));
        return String.join("\n", lines);
    }

    public String inEnglish() {
        return text(ENGLISH_TEXTS, Locale.ENGLISH);
    }

    private static MessageSource english() {
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasename("i18n/imports");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        return texts;
    }
}

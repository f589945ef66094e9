package ua.zalik.testing.exchange;

import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.ImportProblem;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question checks' English sentences (QuestionDraft, QuestionBody, the bank's lengths) as import problems with a
 * key of {@code i18n/imports}; a sentence not known here stays English ({@code import.other}).
 */
public final class DraftProblems {

    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry("a question needs text", "import.draft.text"),
            Map.entry("a question needs a type and its answers", "import.draft.body"),
            Map.entry("a question's points must be above 0", "import.draft.points"),
            Map.entry("a single-choice question needs two options", "import.draft.single-two"),
            Map.entry("a single-choice question needs one option worth 100%", "import.draft.single-right"),
            Map.entry("a multiple-choice question needs two options", "import.draft.multiple-two"),
            Map.entry("a multiple-choice question needs an option worth credit", "import.draft.multiple-credit"),
            Map.entry("a short-answer question needs an accepted answer", "import.draft.short-answer"),
            Map.entry("a numeric answer needs a value", "import.draft.numeric-value"),
            Map.entry("a numeric question needs an answer", "import.draft.numeric-answer"),
            Map.entry("a matching question needs two pairs", "import.draft.matching-two"),
            Map.entry("an ordering question needs two items", "import.draft.ordering-two"));

    /** What the checks name, as the keys' last part. */
    private static final Map<String, String> PARTS = Map.of(
            "an option", "option",
            "an accepted answer", "accepted-answer",
            "a matching prompt", "matching-prompt",
            "a matching answer", "matching-answer",
            "an ordering item", "ordering-item");

    private static final Map<String, String> FIELDS = Map.of(
            "question text", "question-text",
            "question name", "question-name",
            "category name", "category-name");

    private static final Map<String, String> STORED = Map.of(
            "question text", "question-text",
            "question name", "question-name",
            "general feedback", "general-feedback",
            "a question's answers", "answers",
            "category name", "category-name");

    private record Rule(Pattern pattern, String key, Map<String, String> names) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(.+) needs text"), "import.needs-text.", PARTS),
            new Rule(Pattern.compile("(.+) must not be empty"), "import.empty.", FIELDS),
            new Rule(Pattern.compile("(.+) must be at most (\\d+) characters"), "import.too-long.", FIELDS),
            new Rule(Pattern.compile("(.+) must not contain a NUL character"), "import.nul.", STORED));

    private DraftProblems() {
    }

    /** The refusal of the question at {@code line} as an import problem. */
    public static ImportProblem at(int line, InvalidInputException refused) {
        String sentence = refused.getMessage();
        String key = SENTENCES.get(sentence);
        if (key != null) {
            return ImportProblem.of(line, key);
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(sentence);
            if (matcher.matches() && rule.names().containsKey(matcher.group(1))) {
                String part = rule.names().get(matcher.group(1));
                return matcher.groupCount() > 1
                        ? ImportProblem.of(line, rule.key() + part, Integer.parseInt(matcher.group(2)))
                        : ImportProblem.of(line, rule.key() + part);
            }
        }
        return ImportProblem.of(line, "import.other", sentence);
    }

    /** Every key {@link #at} can give but import.other, for the test that the bundles hold them. */
    static List<String> keys() {
        List<String> keys = new java.util.ArrayList<>(SENTENCES.values());
        RULES.forEach(rule -> rule.names().values().forEach(part -> keys.add(rule.key() + part)));
        return keys;
    }
}

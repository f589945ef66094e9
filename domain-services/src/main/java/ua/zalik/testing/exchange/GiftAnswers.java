package ua.zalik.testing.exchange;

import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionBody.AcceptedAnswer;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionBody.NumericAnswer;
import ua.zalik.testing.QuestionBody.Pair;
import ua.zalik.testing.exchange.GiftReader.GiftText;
import ua.zalik.testing.exchange.ImportProblems.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The part between { and } of one GIFT question, told apart by type the way qformat_gift does. */
final class GiftAnswers {

    private static final Pattern WEIGHT = Pattern.compile("^\\s*%(-?\\d+(?:\\.\\d+)?)%");
    private static final Set<String> TRUE = Set.of("T", "TRUE");
    private static final Set<String> FALSE = Set.of("F", "FALSE");

    private final GiftText text;
    private final boolean html;
    private final int line;

    GiftAnswers(GiftText text, boolean html, int line) {
        this.text = text;
        this.html = html;
        this.line = line;
    }

    QuestionBody body(String answers) {
        if (answers.isEmpty()) {
            return new QuestionBody.Essay(null);
        }
        if (answers.charAt(0) == '#') {
            return numeric(answers.substring(1));
        }
        if (answers.indexOf('~') >= 0) {
            return choice(answers);
        }
        if (firstPairHasArrow(answers)) {
            return matching(answers);
        }
        String[] trueFalse = answers.split("#", 3);
        String verdict = trueFalse[0].strip().toUpperCase(Locale.ROOT);
        if (TRUE.contains(verdict) || FALSE.contains(verdict)) {
            String wrong = trueFalse.length > 1 ? clean(trueFalse[1]) : null;
            String right = trueFalse.length > 2 ? clean(trueFalse[2]) : null;
            boolean answer = TRUE.contains(verdict);
            return new QuestionBody.TrueFalse(answer, answer ? right : wrong, answer ? wrong : right);
        }
        return shortAnswer(answers);
    }

    private QuestionBody choice(String answers) {
        List<String> parts = split(answers, "~=", "import.gift.option-mark");
        boolean single = answers.indexOf('=') >= 0;
        List<Choice> options = new ArrayList<>();
        for (String part : parts) {
            String body = part.substring(1);
            Weighted weighted = weighted(body, part.charAt(0) == '=' ? 1.0 : 0.0);
            Feedback option = feedback(weighted.rest());
            if (option.text() == null) {
                throw problem("import.gift.option-text", ImportProblems.shown(text.unescape(part)));
            }
            options.add(new Choice(option.text(), weighted.fraction(), option.feedback()));
        }
        return single ? new QuestionBody.SingleChoice(options) : new QuestionBody.MultipleChoice(options);
    }

    private QuestionBody shortAnswer(String answers) {
        List<AcceptedAnswer> accepted = new ArrayList<>();
        for (String part : split(answers, "=", "import.gift.accepted-mark")) {
            Weighted weighted = weighted(part.substring(1), 1.0);
            Feedback answer = feedback(weighted.rest());
            if (answer.text() == null) {
                throw problem("import.gift.accepted-text");
            }
            accepted.add(new AcceptedAnswer(answer.text(), weighted.fraction(), answer.feedback()));
        }
        return new QuestionBody.ShortAnswer(accepted, false);
    }

    private QuestionBody numeric(String answers) {
        if (answers.indexOf('~') >= 0) {
            throw problem("import.gift.numeric-other");
        }
        List<String> parts = answers.indexOf('=') >= 0
                ? split(answers, "=", "import.gift.numeric-mark")
                : List.of("=" + answers);
        List<NumericAnswer> accepted = new ArrayList<>();
        for (String part : parts) {
            Weighted weighted = weighted(part.substring(1), 1.0);
            String[] valueAndFeedback = weighted.rest().split("#", 2);
            String value = text.unescape(valueAndFeedback[0]).strip();
            String feedback = valueAndFeedback.length > 1 ? clean(valueAndFeedback[1]) : null;
            int range = value.indexOf("..");
            int colon = value.indexOf(':');
            if (range > 0) {
                accepted.add(NumericAnswer.range(number(value.substring(0, range)), number(value.substring(range + 2)),
                        weighted.fraction(), feedback));
            } else if (colon > 0) {
                accepted.add(new NumericAnswer(number(value.substring(0, colon)), number(value.substring(colon + 1)),
                        weighted.fraction(), feedback));
            } else {
                accepted.add(new NumericAnswer(number(value), BigDecimal.ZERO, weighted.fraction(), feedback));
            }
        }
        return new QuestionBody.Numeric(accepted);
    }

    private QuestionBody matching(String answers) {
        List<Pair> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        for (String part : split(answers, "=", "import.gift.pair-mark")) {
            int arrow = part.indexOf("->");
            if (arrow < 0) {
                throw problem("import.gift.pair-form", ImportProblems.shown(text.unescape(part)));
            }
            String prompt = cleanText(part.substring(1, arrow));
            String answer = cleanText(part.substring(arrow + 2));
            if (answer.isEmpty()) {
                throw problem("import.gift.pair-answer");
            }
            if (prompt.isEmpty()) {
                distractors.add(answer);
            } else {
                pairs.add(new Pair(prompt, answer));
            }
        }
        return new QuestionBody.Matching(pairs, distractors);
    }

    /**
     * Matching when the first = part pairs with ->. Moodle looks for -> anywhere, which turns a short answer with
     * -> in a later answer or a feedback into a broken matching question.
     */
    private static boolean firstPairHasArrow(String answers) {
        int first = answers.indexOf('=');
        if (first < 0) {
            return false;
        }
        int next = answers.indexOf('=', first + 1);
        String part = answers.substring(first, next < 0 ? answers.length() : next);
        int feedback = part.indexOf('#');
        return (feedback < 0 ? part : part.substring(0, feedback)).contains("->");
    }

    /** Splits at every marker character, each part keeping its marker; text before the first marker is an error. */
    private List<String> split(String answers, String markers, String ruleKey) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < answers.length(); i++) {
            if (markers.indexOf(answers.charAt(i)) >= 0) {
                if (start < 0) {
                    String before = text.unescape(answers.substring(0, i)).strip();
                    if (!before.isEmpty()) {
                        throw problem(ruleKey, ImportProblems.shown(before));
                    }
                } else {
                    parts.add(answers.substring(start, i));
                }
                start = i;
            }
        }
        if (start < 0) {
            throw problem(ruleKey, ImportProblems.shown(text.unescape(answers)));
        }
        parts.add(answers.substring(start));
        return parts;
    }

    static boolean startsWithWeight(String text) {
        return WEIGHT.matcher(text).find();
    }

    private Weighted weighted(String part, double fallback) {
        Matcher weight = WEIGHT.matcher(part);
        if (!weight.find()) {
            return new Weighted(fallback, part);
        }
        double fraction = Numbers.fraction(weight.group(1));
        if (fraction < -1 || fraction > 1) {
            throw problem("import.gift.weight-range", weight.group(1));
        }
        return new Weighted(fraction, part.substring(weight.end()));
    }

    private Feedback feedback(String part) {
        int hash = part.indexOf('#');
        String answer = cleanText(hash < 0 ? part : part.substring(0, hash));
        return new Feedback(answer.isEmpty() ? null : answer, hash < 0 ? null : clean(part.substring(hash + 1)));
    }

    private BigDecimal number(String value) {
        String number = value.strip();
        try {
            return Numbers.decimal(number);
        } catch (NumberFormatException notNumber) {
            throw problem(number.matches("-?\\d{1,40},\\d{1,40}") ? "import.numeric-comma" : "import.numeric-number",
                    ImportProblems.shown(number));
        }
    }

    /** Text of a part, unescaped and reduced to plain text; null when empty. */
    String clean(String part) {
        return PlainText.emptyToNull(cleanText(part));
    }

    String cleanText(String part) {
        String plain = text.unescape(GiftText.withoutFormat(part));
        return GiftText.html(part, html) ? PlainText.fromHtml(plain) : PlainText.stripLines(plain);
    }

    private Problem problem(String key, Object... args) {
        return new Problem(line, key, args);
    }

    private record Weighted(double fraction, String rest) {
    }

    private record Feedback(String text, String feedback) {
    }
}

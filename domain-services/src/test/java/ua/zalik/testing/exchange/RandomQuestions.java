package ua.zalik.testing.exchange;

import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionBody.AcceptedAnswer;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionBody.NumericAnswer;
import ua.zalik.testing.QuestionBody.Pair;
import ua.zalik.testing.QuestionDraft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Questions of every type whose texts are full of the characters the formats give meaning to; without -> where GIFT
 * cannot hold it (a short answer's accepted answers, a matching prompt), which GiftFormatTests covers.
 */
final class RandomQuestions {

    private static final String CHARS = "abcКиїв1 {}~=#:\\%[]<>&;-/*_.\"'!\t";
    private static final double[] FRACTIONS = {1, 0.5, 0, -1, 0.3333333, -0.25, 0.1};

    private final Random random;

    RandomQuestions(long seed) {
        random = new Random(seed);
    }

    ExportedQuestion next(boolean withOrdering) {
        QuestionBody body = switch (random.nextInt(withOrdering ? 8 : 7)) {
            case 0 -> new QuestionBody.SingleChoice(choices(true));
            case 1 -> new QuestionBody.MultipleChoice(choices(false));
            case 2 -> new QuestionBody.TrueFalse(random.nextBoolean(), maybe(), maybe());
            case 3 -> new QuestionBody.ShortAnswer(times(1, () -> new AcceptedAnswer(text().replace("->", "-"), fraction(), maybe())), false);
            case 4 -> new QuestionBody.Numeric(times(1, () -> new NumericAnswer(number(), number().abs(), fraction(), maybe())));
            case 5 -> new QuestionBody.Matching(times(2, () -> new Pair(text().replace("->", "-"), text())),
                    times(0, this::text));
            case 6 -> new QuestionBody.Essay(null);
            default -> new QuestionBody.Ordering(times(2, this::text));
        };
        QuestionDraft draft = new QuestionDraft(random.nextBoolean() ? text() : null, text(), body, maybe(), null,
                times(0, () -> "tag" + random.nextInt(100)));
        // a slash at a name's end is ambiguous in Moodle's paths ("a/" + "b" and "a" + "/b" are both a///b)
        return new ExportedQuestion(draft, times(0, () -> text().replace('\n', ' ').replace('/', '|')));
    }

    private List<Choice> choices(boolean single) {
        boolean allRight = single && random.nextInt(5) == 0;
        List<Choice> choices = times(2, () -> new Choice(text(), allRight ? 1 : single ? Math.min(fraction(), 0.5) : fraction(), maybe()));
        choices.set(random.nextInt(choices.size()), new Choice(text(), single ? 1 : 0.5, maybe()));
        return choices;
    }

    private double fraction() {
        return FRACTIONS[random.nextInt(FRACTIONS.length)];
    }

    private BigDecimal number() {
        return BigDecimal.valueOf(random.nextInt(20001) - 10000, random.nextInt(4));
    }

    private String maybe() {
        return random.nextInt(3) == 0 ? null : text();
    }

    /** Non-blank, no spaces at either end of a line, as every reader leaves a text. */
    private String text() {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(15) == 0 ? '\n' : CHARS.charAt(random.nextInt(CHARS.length())));
        }
        String clean = PlainText.stripLines(text.toString()).replaceAll("\n+", "\n");
        return clean.isBlank() ? "x" : clean;
    }

    private <T> List<T> times(int atLeast, java.util.function.Supplier<T> item) {
        List<T> items = new ArrayList<>();
        for (int i = atLeast + random.nextInt(3); i > 0; i--) {
            items.add(item.get());
        }
        return items;
    }
}

package ua.zalik.testing.exchange;

import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionBody.AcceptedAnswer;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionBody.NumericAnswer;
import ua.zalik.testing.QuestionBody.Pair;
import ua.zalik.testing.QuestionDraft;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Lists are Arrays.asList: the model's null check throws on List.of. One question of every type, with the characters the formats must escape, for round-trip tests. */
final class ExchangeSamples {

    private ExchangeSamples() {
    }

    static List<ExportedQuestion> everyType() {
        List<String> algebra = Arrays.asList("Алгебра", "Рівняння / нерівності");
        return Arrays.asList(
                new ExportedQuestion(new QuestionDraft("Площа", "Яка площа квадрата зі стороною 3 см?\nОберіть одну.",
                        new QuestionBody.SingleChoice(Arrays.asList(new Choice("9 см²", 1, "Так: 3 × 3"),
                                new Choice("6 см²", 0, "Це периметр поділений на 2"), new Choice("12 см²", 0.25, null))),
                        "S = a²", null, Arrays.asList("геометрія", "площа")), Arrays.asList("Геометрія")),
                new ExportedQuestion(new QuestionDraft("Primes", "Which are prime? {braces} = # ~ : \\ <b>",
                        new QuestionBody.MultipleChoice(Arrays.asList(new Choice("2", 0.5, null), new Choice("3", 0.5, "yes"),
                                new Choice("4", -1, "4 = 2 × 2"), new Choice("1", -0.3333333, null))),
                        null, null, Arrays.asList()), algebra),
                new ExportedQuestion(new QuestionDraft("Sun", "The sun rises in the East.",
                        new QuestionBody.TrueFalse(true, "Right", null), "Always", null, null), algebra),
                new ExportedQuestion(new QuestionDraft("Moon", "The moon is a planet.",
                        new QuestionBody.TrueFalse(false, "No, a satellite", "Yes"), null, null, null), algebra),
                new ExportedQuestion(new QuestionDraft("Capital", "The capital of Ukraine is",
                        new QuestionBody.ShortAnswer(Arrays.asList(new AcceptedAnswer("Київ", 1, "Так"),
                                new AcceptedAnswer("Kyiv", 1, null), new AcceptedAnswer("Ки*", 0.5, "Майже")), false),
                        null, null, null), Arrays.asList()),
                new ExportedQuestion(new QuestionDraft("Pi", "What is pi?",
                        new QuestionBody.Numeric(Arrays.asList(
                                new NumericAnswer(new BigDecimal("3.14"), new BigDecimal("0.01"), 1, "Good"),
                                new NumericAnswer(new BigDecimal("3"), new BigDecimal("0.5"), 0.5, null),
                                new NumericAnswer(new BigDecimal("-1.5e2").setScale(1), BigDecimal.ZERO, 0, "Negative?"))),
                        null, null, null), Arrays.asList()),
                new ExportedQuestion(new QuestionDraft("Animals", "Which animal eats which food?",
                        new QuestionBody.Matching(Arrays.asList(new Pair("cat", "cat food"), new Pair("dog", "dog food: bones")),
                                Arrays.asList("bird seed")), "Feed them well", null, null), Arrays.asList()),
                new ExportedQuestion(new QuestionDraft("Essay", "Write about your town.\nAt least 100 words.",
                        new QuestionBody.Essay(null), null, null, null), Arrays.asList()),
                new ExportedQuestion(new QuestionDraft("Rivers", "Order the rivers from the longest",
                        new QuestionBody.Ordering(Arrays.asList("Dnipro", "Dniester", "Southern Bug")), null,
                        new BigDecimal("2"), Arrays.asList("rivers")), Arrays.asList("Geography")));
    }
}

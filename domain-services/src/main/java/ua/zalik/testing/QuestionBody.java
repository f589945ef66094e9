package ua.zalik.testing;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import ua.zalik.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a question asks for and how it is graded, one record per type (stored as JSON in one question version).
 * Fractions are Moodle's: 1.0 is full credit, 0.5 half, negative fractions take credit away (multiple choice).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = QuestionBody.SingleChoice.class, name = "SINGLE_CHOICE"),
        @JsonSubTypes.Type(value = QuestionBody.MultipleChoice.class, name = "MULTIPLE_CHOICE"),
        @JsonSubTypes.Type(value = QuestionBody.TrueFalse.class, name = "TRUE_FALSE"),
        @JsonSubTypes.Type(value = QuestionBody.ShortAnswer.class, name = "SHORT_ANSWER"),
        @JsonSubTypes.Type(value = QuestionBody.Numeric.class, name = "NUMERIC"),
        @JsonSubTypes.Type(value = QuestionBody.Matching.class, name = "MATCHING"),
        @JsonSubTypes.Type(value = QuestionBody.Ordering.class, name = "ORDERING"),
        @JsonSubTypes.Type(value = QuestionBody.Essay.class, name = "ESSAY")})
public sealed interface QuestionBody {

    QuestionType type();

    /** One option of a choice question; {@code feedback} may be null. */
    record Choice(String text, double fraction, String feedback) {
        public Choice {
            requireText(text, "an option");
        }
    }

    /** Exactly one option may be picked; the option with fraction 1.0 is right, others may give partial credit. */
    record SingleChoice(List<Choice> options) implements QuestionBody {
        public SingleChoice {
            options = atLeast(2, options, "a single-choice question needs two options");
            if (options.stream().noneMatch(o -> o.fraction() >= 1.0)) {
                throw new InvalidInputException("a single-choice question needs one option worth 100%");
            }
        }

        @Override
        public QuestionType type() {
            return QuestionType.SINGLE_CHOICE;
        }
    }

    /** Any options may be picked; the picked options' fractions add up, clamped to 0..1. */
    record MultipleChoice(List<Choice> options) implements QuestionBody {
        public MultipleChoice {
            options = atLeast(2, options, "a multiple-choice question needs two options");
            if (options.stream().noneMatch(o -> o.fraction() > 0)) {
                throw new InvalidInputException("a multiple-choice question needs an option worth credit");
            }
        }

        @Override
        public QuestionType type() {
            return QuestionType.MULTIPLE_CHOICE;
        }
    }

    record TrueFalse(boolean answer, String feedbackTrue, String feedbackFalse) implements QuestionBody {
        @Override
        public QuestionType type() {
            return QuestionType.TRUE_FALSE;
        }
    }

    /** {@code text} may hold {@code *} as a wildcard for any run of characters. */
    record AcceptedAnswer(String text, double fraction, String feedback) {
        public AcceptedAnswer {
            requireText(text, "an accepted answer");
        }
    }

    record ShortAnswer(List<AcceptedAnswer> answers, boolean caseSensitive) implements QuestionBody {
        public ShortAnswer {
            answers = atLeast(1, answers, "a short-answer question needs an accepted answer");
        }

        @Override
        public QuestionType type() {
            return QuestionType.SHORT_ANSWER;
        }
    }

    /** Right when the response lies within value ± tolerance (a range a..b is its midpoint ± half its width). */
    record NumericAnswer(BigDecimal value, BigDecimal tolerance, double fraction, String feedback) {
        public NumericAnswer {
            if (value == null) {
                throw new InvalidInputException("a numeric answer needs a value");
            }
            tolerance = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
        }

        public static NumericAnswer range(BigDecimal from, BigDecimal to, double fraction, String feedback) {
            BigDecimal low = from.min(to);
            BigDecimal high = from.max(to);
            BigDecimal two = BigDecimal.valueOf(2);
            return new NumericAnswer(low.add(high).divide(two), high.subtract(low).divide(two), fraction, feedback);
        }
    }

    record Numeric(List<NumericAnswer> answers) implements QuestionBody {
        public Numeric {
            answers = atLeast(1, answers, "a numeric question needs an answer");
        }

        @Override
        public QuestionType type() {
            return QuestionType.NUMERIC;
        }
    }

    record Pair(String prompt, String answer) {
        public Pair {
            requireText(prompt, "a matching prompt");
            requireText(answer, "a matching answer");
        }
    }

    /** Each prompt has one right answer; {@code distractors} are extra answers that match no prompt. */
    record Matching(List<Pair> pairs, List<String> distractors) implements QuestionBody {
        public Matching {
            pairs = atLeast(2, pairs, "a matching question needs two pairs");
            distractors = distractors == null ? List.of() : List.copyOf(distractors);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }
    }

    /** {@code items} in their right order. */
    record Ordering(List<String> items) implements QuestionBody {
        public Ordering {
            items = atLeast(2, items, "an ordering question needs two items");
            items.forEach(item -> requireText(item, "an ordering item"));
        }

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }

    /** Graded by hand; {@code graderInfo} is shown to the teacher only. */
    record Essay(String graderInfo) implements QuestionBody {
        @Override
        public QuestionType type() {
            return QuestionType.ESSAY;
        }
    }

    private static <T> List<T> atLeast(int count, List<T> items, String message) {
        if (items == null || items.size() < count || items.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException(message);
        }
        return List.copyOf(items);
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(what + " needs text");
        }
    }
}

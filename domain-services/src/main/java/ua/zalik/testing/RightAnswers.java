package ua.zalik.testing;

import java.util.List;

/** The right answers of a question in words, for reviews that show them. */
final class RightAnswers {

    private RightAnswers() {
    }

    static List<String> of(QuestionBody body) {
        return switch (body) {
            case QuestionBody.SingleChoice q -> choices(q.options());
            case QuestionBody.MultipleChoice q -> choices(q.options());
            case QuestionBody.TrueFalse q -> List.of(String.valueOf(q.answer()));
            case QuestionBody.ShortAnswer q -> q.answers().stream().filter(a -> a.fraction() > 0)
                    .map(a -> a.text() + percent(a.fraction())).toList();
            case QuestionBody.Numeric q -> q.answers().stream().filter(a -> a.fraction() > 0)
                    .map(a -> a.value().toPlainString() + (a.tolerance().signum() == 0 ? "" : " ± " + a.tolerance().toPlainString())
                            + percent(a.fraction())).toList();
            case QuestionBody.Matching q -> q.pairs().stream().map(p -> p.prompt() + " → " + p.answer()).toList();
            case QuestionBody.Ordering q -> q.items();
            case QuestionBody.Essay q -> List.of();
        };
    }

    private static List<String> choices(List<QuestionBody.Choice> options) {
        return options.stream().filter(o -> o.fraction() > 0).map(o -> o.text() + percent(o.fraction())).toList();
    }

    private static String percent(double fraction) {
        return fraction >= 1 ? "" : " (" + Math.round(fraction * 100) + "%)";
    }
}

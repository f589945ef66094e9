package ua.zalik.testing.exchange;

import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionBody.AcceptedAnswer;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionBody.NumericAnswer;
import ua.zalik.testing.QuestionBody.Pair;
import ua.zalik.testing.QuestionDraft;

import java.util.List;

/** Writes questions as GIFT that Moodle and {@link GiftReader} read back to the same drafts. */
final class GiftWriter {

    private GiftWriter() {
    }

    static String write(List<ExportedQuestion> questions) {
        StringBuilder out = new StringBuilder();
        List<String> category = List.of();
        for (ExportedQuestion question : questions) {
            QuestionDraft draft = question.draft();
            String unwritable = unwritable(draft.body());
            if (unwritable != null) {
                out.append("// skipped \"").append(oneLine(draft.name())).append("\": ").append(unwritable).append("\n\n");
                continue;
            }
            if (!question.category().equals(category)) {
                category = question.category();
                out.append("$CATEGORY: ").append(CategoryPath.format(category)).append("\n\n");
            }
            if (!draft.tags().isEmpty()) {
                out.append("//");
                draft.tags().forEach(tag -> out.append(" [tag:").append(oneLine(tag).replace("]", "")).append(']'));
                out.append('\n');
            }
            out.append("::").append(escape(draft.name())).append("::").append(text(draft.text())).append(' ');
            answers(draft.body(), out);
            if (draft.generalFeedback() != null) {
                out.setLength(out.length() - 1);
                out.append("####").append(text(draft.generalFeedback())).append('}');
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    /** Why GIFT cannot hold this question, or null when it can. */
    private static String unwritable(QuestionBody body) {
        return switch (body) {
            case QuestionBody.Ordering ignored -> "GIFT has no ordering questions";
            case QuestionBody.ShortAnswer shortAnswer when shortAnswer.answers().getFirst().text().contains("->") ->
                    "GIFT would read a first accepted answer with -> as a matching pair";
            case QuestionBody.Matching matching when matching.pairs().stream().anyMatch(pair -> pair.prompt().contains("->")) ->
                    "GIFT cannot hold -> inside a matching prompt";
            default -> null;
        };
    }

    private static void answers(QuestionBody body, StringBuilder out) {
        switch (body) {
            case QuestionBody.SingleChoice single -> {
                out.append("{\n");
                // one ~ keeps the reader from taking a question whose options are all right for a short answer
                boolean allRight = single.options().stream().allMatch(option -> option.fraction() == 1.0);
                for (int i = 0; i < single.options().size(); i++) {
                    Choice option = single.options().get(i);
                    choice(option, option.fraction() == 1.0 && !(allRight && i > 0), out);
                }
                out.append('}');
            }
            case QuestionBody.MultipleChoice multiple -> {
                out.append("{\n");
                multiple.options().forEach(option -> choice(option, false, out));
                out.append('}');
            }
            case QuestionBody.TrueFalse trueFalse -> {
                String right = trueFalse.answer() ? trueFalse.feedbackTrue() : trueFalse.feedbackFalse();
                String wrong = trueFalse.answer() ? trueFalse.feedbackFalse() : trueFalse.feedbackTrue();
                out.append('{').append(trueFalse.answer() ? "TRUE" : "FALSE");
                if (right != null || wrong != null) {
                    out.append('#').append(text(wrong));
                }
                if (right != null) {
                    out.append('#').append(text(right));
                }
                out.append('}');
            }
            case QuestionBody.ShortAnswer shortAnswer -> {
                out.append("{\n");
                for (AcceptedAnswer answer : shortAnswer.answers()) {
                    out.append("\t=").append(weight(answer.fraction(), 1.0, answer.text())).append(text(answer.text()));
                    feedback(answer.feedback(), out);
                }
                out.append('}');
            }
            case QuestionBody.Numeric numeric -> {
                out.append("{#\n");
                for (NumericAnswer answer : numeric.answers()) {
                    out.append("\t=").append(weight(answer.fraction(), 1.0, "")).append(answer.value().toPlainString())
                            .append(':').append(answer.tolerance().toPlainString());
                    feedback(answer.feedback(), out);
                }
                out.append('}');
            }
            case QuestionBody.Matching matching -> {
                out.append("{\n");
                for (Pair pair : matching.pairs()) {
                    out.append("\t=").append(text(pair.prompt())).append(" -> ").append(text(pair.answer())).append('\n');
                }
                matching.distractors().forEach(answer -> out.append("\t= -> ").append(text(answer)).append('\n'));
                out.append('}');
            }
            case QuestionBody.Essay ignored -> out.append("{}");
            case QuestionBody.Ordering ignored -> throw new IllegalStateException("ordering is skipped before");
        }
    }

    private static void choice(Choice option, boolean right, StringBuilder out) {
        out.append('\t').append(right ? "=" + weight(1.0, 1.0, option.text()) : "~" + weight(option.fraction(), 0.0, option.text()))
                .append(text(option.text()));
        feedback(option.feedback(), out);
    }

    /** The weight, left out when it is the implied one unless the text itself starts like a weight. */
    private static String weight(double fraction, double implied, String text) {
        return fraction == implied && !GiftAnswers.startsWithWeight(text) ? "" : "%" + Numbers.percent(fraction) + "%";
    }

    private static void feedback(String feedback, StringBuilder out) {
        if (feedback != null) {
            out.append('#').append(text(feedback));
        }
        out.append('\n');
    }

    /** A text the reader checks for a [format] marker: one that starts like a marker gets [moodle] before it. */
    private static String text(String text) {
        return text != null && GiftReader.GiftText.marked(text) ? "[moodle]" + escape(text) : escape(text);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }
}

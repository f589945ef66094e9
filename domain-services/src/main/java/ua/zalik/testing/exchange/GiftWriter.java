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
            if (draft.body() instanceof QuestionBody.Ordering) {
                out.append("// skipped \"").append(oneLine(draft.name())).append("\": GIFT has no ordering questions\n\n");
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
            out.append("::").append(escape(draft.name())).append("::").append(escape(draft.text())).append(' ');
            answers(draft.body(), out);
            if (draft.generalFeedback() != null) {
                out.setLength(out.length() - 1);
                out.append("####").append(escape(draft.generalFeedback())).append('}');
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    private static void answers(QuestionBody body, StringBuilder out) {
        switch (body) {
            case QuestionBody.SingleChoice single -> {
                out.append("{\n");
                single.options().forEach(option -> choice(option, option.fraction() == 1.0, out));
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
                    out.append('#').append(escape(wrong));
                }
                if (right != null) {
                    out.append('#').append(escape(right));
                }
                out.append('}');
            }
            case QuestionBody.ShortAnswer shortAnswer -> {
                out.append("{\n");
                for (AcceptedAnswer answer : shortAnswer.answers()) {
                    out.append("\t=").append(weight(answer.fraction(), 1.0)).append(escape(answer.text()));
                    feedback(answer.feedback(), out);
                }
                out.append('}');
            }
            case QuestionBody.Numeric numeric -> {
                out.append("{#\n");
                for (NumericAnswer answer : numeric.answers()) {
                    out.append("\t=").append(weight(answer.fraction(), 1.0)).append(answer.value().toPlainString())
                            .append(':').append(answer.tolerance().toPlainString());
                    feedback(answer.feedback(), out);
                }
                out.append('}');
            }
            case QuestionBody.Matching matching -> {
                out.append("{\n");
                for (Pair pair : matching.pairs()) {
                    out.append("\t=").append(escape(pair.prompt())).append(" -> ").append(escape(pair.answer())).append('\n');
                }
                matching.distractors().forEach(answer -> out.append("\t= -> ").append(escape(answer)).append('\n'));
                out.append('}');
            }
            case QuestionBody.Essay ignored -> out.append("{}");
            case QuestionBody.Ordering ignored -> throw new IllegalStateException("ordering is skipped before");
        }
    }

    private static void choice(Choice option, boolean right, StringBuilder out) {
        out.append('\t').append(right ? "=" : "~" + weight(option.fraction(), 0.0)).append(escape(option.text()));
        feedback(option.feedback(), out);
    }

    private static String weight(double fraction, double implied) {
        return fraction == implied ? "" : "%" + Numbers.percent(fraction) + "%";
    }

    private static void feedback(String feedback, StringBuilder out) {
        if (feedback != null) {
            out.append('#').append(escape(feedback));
        }
        out.append('\n');
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

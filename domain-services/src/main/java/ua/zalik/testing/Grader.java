package ua.zalik.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Grades one response against one question body: a fraction of the slot's points (0..1) and the feedback it earned. */
final class Grader {

    /** {@code fraction} is null for an essay: a teacher grades it. */
    record Graded(Double fraction, String feedback) {
    }

    private static final Graded WRONG = new Graded(0.0, null);

    private Grader() {
    }

    static Graded grade(QuestionBody body, Response response) {
        if (body instanceof QuestionBody.Essay) {
            boolean empty = !(response instanceof Response.Text text) || text.text() == null || text.text().isBlank();
            return empty ? WRONG : new Graded(null, null);
        }
        if (response == null) {
            return WRONG;
        }
        return switch (body) {
            case QuestionBody.SingleChoice q -> response instanceof Response.Choices c ? single(q, c) : WRONG;
            case QuestionBody.MultipleChoice q -> response instanceof Response.Choices c ? multiple(q, c) : WRONG;
            case QuestionBody.TrueFalse q -> response instanceof Response.TrueFalse tf
                    ? new Graded(tf.value() == q.answer() ? 1.0 : 0.0, tf.value() ? q.feedbackTrue() : q.feedbackFalse()) : WRONG;
            case QuestionBody.ShortAnswer q -> response instanceof Response.Text t ? shortAnswer(q, t.text()) : WRONG;
            case QuestionBody.Numeric q -> response instanceof Response.Text t ? numeric(q, t.text()) : WRONG;
            case QuestionBody.Matching q -> response instanceof Response.Matches m ? matching(q, m) : WRONG;
            case QuestionBody.Ordering q -> response instanceof Response.Order o ? ordering(q, o) : WRONG;
            case QuestionBody.Essay q -> throw new IllegalStateException("essays are graded by hand");
        };
    }

    private static Graded single(QuestionBody.SingleChoice q, Response.Choices c) {
        if (c.chosen().size() != 1 || !inRange(c.chosen().getFirst(), q.options().size())) {
            return WRONG;
        }
        QuestionBody.Choice chosen = q.options().get(c.chosen().getFirst());
        return new Graded(clamp(chosen.fraction()), chosen.feedback());
    }

    // Moodle's multichoice: the picked options' fractions add up (negative ones subtract), the total is clamped to 0..1
    private static Graded multiple(QuestionBody.MultipleChoice q, Response.Choices c) {
        double sum = 0;
        List<String> feedback = new ArrayList<>();
        for (int index : c.chosen().stream().distinct().toList()) {
            if (!inRange(index, q.options().size())) {
                return WRONG;
            }
            QuestionBody.Choice option = q.options().get(index);
            sum += option.fraction();
            if (option.feedback() != null && !option.feedback().isBlank()) {
                feedback.add(option.feedback());
            }
        }
        return new Graded(clamp(sum), feedback.isEmpty() ? null : String.join("\n", feedback));
    }

    // the best-scoring accepted answer that matches wins, so a trailing "*" worth 0 can carry feedback for everything else
    private static Graded shortAnswer(QuestionBody.ShortAnswer q, String text) {
        String given = normalize(text);
        if (given.isEmpty()) {
            return WRONG;
        }
        Graded best = null;
        for (QuestionBody.AcceptedAnswer answer : q.answers()) {
            if (wildcard(normalize(answer.text()), q.caseSensitive()).matcher(given).matches()
                    && (best == null || answer.fraction() > best.fraction())) {
                best = new Graded(clamp(answer.fraction()), answer.feedback());
            }
        }
        return best == null ? WRONG : best;
    }

    // the best answer whose value ± tolerance holds the response (edges included) wins
    private static Graded numeric(QuestionBody.Numeric q, String text) {
        BigDecimal given = parseNumber(text);
        if (given == null) {
            return WRONG;
        }
        Graded best = null;
        for (QuestionBody.NumericAnswer answer : q.answers()) {
            if (given.subtract(answer.value()).abs().compareTo(answer.tolerance()) <= 0
                    && (best == null || answer.fraction() > best.fraction())) {
                best = new Graded(clamp(answer.fraction()), answer.feedback());
            }
        }
        return best == null ? WRONG : best;
    }

    // the share of prompts matched right; answers are compared by text, so two prompts may share one answer
    private static Graded matching(QuestionBody.Matching q, Response.Matches m) {
        List<String> answers = answersOf(q);
        int right = 0;
        for (int prompt = 0; prompt < q.pairs().size() && prompt < m.answerForPrompt().size(); prompt++) {
            int picked = m.answerForPrompt().get(prompt);
            if (inRange(picked, answers.size()) && answers.get(picked).equals(q.pairs().get(prompt).answer())) {
                right++;
            }
        }
        return new Graded((double) right / q.pairs().size(), null);
    }

    // Moodle's "absolute position" rule: the share of items placed exactly where they belong
    private static Graded ordering(QuestionBody.Ordering q, Response.Order o) {
        if (o.items().size() != q.items().size() || o.items().stream().distinct().count() != q.items().size()) {
            return WRONG;
        }
        int right = 0;
        for (int position = 0; position < q.items().size(); position++) {
            if (Objects.equals(o.items().get(position), position)) {
                right++;
            }
        }
        return new Graded((double) right / q.items().size(), null);
    }

    /** The answers a matching question offers: its pairs' answers, then its distractors (the indexes responses use). */
    static List<String> answersOf(QuestionBody.Matching q) {
        List<String> answers = new ArrayList<>(q.pairs().stream().map(QuestionBody.Pair::answer).toList());
        answers.addAll(q.distractors());
        return answers;
    }

    /** "3,14", " 3.14 ", "-2" and "1e3" are numbers; anything else is not. */
    static BigDecimal parseNumber(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.');
        try {
            return cleaned.isEmpty() ? null : new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String normalize(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static Pattern wildcard(String accepted, boolean caseSensitive) {
        String regex = Arrays.stream(accepted.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean inRange(Integer index, int size) {
        return index != null && index >= 0 && index < size;
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}

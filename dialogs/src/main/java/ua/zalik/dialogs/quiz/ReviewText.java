package ua.zalik.dialogs.quiz;

import ua.zalik.bot.sending.Html;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.testing.ChatReview;
import ua.zalik.testing.QuestionType;
import ua.zalik.testing.AttemptReview;
import ua.zalik.testing.Response;
import ua.zalik.testing.Score;

import java.util.ArrayList;
import java.util.List;

/** A finished attempt as the review policy lets the student see it: only the parts the review fills in. */
final class ReviewText {

    private static final int LIMIT = 3800;

    private ReviewText() {
    }

    /**
     * The result window: a "time is up" line when the attempt ran out, then what the policy shows or why not yet;
     * {@code extra} buttons (two a row) go above the list and close buttons.
     */
    static Screen screen(Turn turn, ChatReview review, boolean over, List<Screen.Choice> extra) {
        String html = switch (review.withheld()) {
            case NOTHING -> of(turn, review.review());
            case IN_PROGRESS -> turn.text("quiz.review.pending");
            case UNTIL_CLOSE -> turn.text("quiz.review.later");
            case NEVER -> turn.text("quiz.review.never");
        };
        Screen screen = Screen.of(fit((over ? turn.text("quiz.over") + "\n\n" : "") + html));
        for (int i = 0; i < extra.size(); i += 2) {
            screen = screen.row(extra.subList(i, Math.min(i + 2, extra.size())).toArray(Screen.Choice[]::new));
        }
        return screen
                .row(Screen.choice(turn.text("quiz.button.list"), "list"), Screen.choice(turn.text("quiz.button.close"), "close"))
                .protect();
    }

    static String of(Turn turn, AttemptReview review) {
        StringBuilder html = new StringBuilder(turn.text("quiz.result.title"));
        if (review.autoSubmitted()) {
            html.append("\n").append(turn.text("quiz.result.auto"));
        }
        Score score = review.score();
        if (score != null) {
            html.append("\n\n").append(turn.text("quiz.result.score", plain(score.points()), plain(score.maxPoints()),
                    plain(score.percent()), score.grade()));
            if (score.pendingGrading()) {
                html.append("\n").append(turn.text("quiz.result.pending"));
            }
        }
        for (AttemptReview.SlotReview slot : review.slots()) {
            List<String> lines = new ArrayList<>();
            if (slot.response() != null) {
                lines.add(turn.text("quiz.result.yours", response(turn, slot)));
            }
            if (slot.points() != null) {
                lines.add(turn.text("quiz.result.points", plain(slot.points()), plain(slot.maxPoints())));
            }
            if (slot.rightAnswers() != null && !slot.rightAnswers().isEmpty()) {
                List<String> right = slot.type() != QuestionType.TRUE_FALSE ? slot.rightAnswers() : slot.rightAnswers().stream()
                        .map(answer -> turn.text(Boolean.parseBoolean(answer) ? "quiz.button.true" : "quiz.button.false")).toList();
                lines.add(turn.text("quiz.result.right", String.join("; ", right)));
            }
            if (slot.feedback() != null) {
                lines.add(turn.text("quiz.result.feedback", slot.feedback()));
            }
            if (slot.comment() != null) {
                lines.add(turn.text("quiz.result.comment", slot.comment()));
            }
            if (!lines.isEmpty()) {
                html.append("\n\n<b>").append(slot.slot() + 1).append(".</b> ").append(Html.escape(slot.text()));
                lines.forEach(line -> html.append("\n").append(line));
            }
        }
        return html.toString();
    }

    private static String response(Turn turn, AttemptReview.SlotReview slot) {
        List<String> options = slot.options() == null ? List.of() : slot.options();
        return switch (slot.response()) {
            case Response.Choices c -> String.join(", ", c.chosen().stream().filter(i -> i >= 0 && i < options.size())
                    .map(options::get).toList());
            case Response.TrueFalse tf -> turn.text(tf.value() ? "quiz.button.true" : "quiz.button.false");
            case Response.Text t -> t.text() == null ? "" : t.text();
            case Response.Matches m -> {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < m.answerForPrompt().size() && i < slot.prompts().size(); i++) {
                    int answer = m.answerForPrompt().get(i);
                    pairs.add(slot.prompts().get(i) + " → " + (answer >= 0 && answer < options.size() ? options.get(answer) : "…"));
                }
                yield String.join("; ", pairs);
            }
            case Response.Order o -> String.join(" → ", o.items().stream().filter(i -> i >= 0 && i < options.size())
                    .map(options::get).toList());
        };
    }

    /** A Telegram message holds 4096 characters and an edit can't be split: a long review ends after the last whole slot. */
    static String fit(String html) {
        if (html.length() <= LIMIT) {
            return html;
        }
        int cut = html.lastIndexOf("\n\n", LIMIT);
        return html.substring(0, Math.max(cut, 0)) + "\n\n…";
    }

    private static String plain(java.math.BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}

package ua.zalik.dialogs.quiz;

import ua.zalik.bot.sending.Html;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.testing.QuestionView;
import ua.zalik.testing.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One question as a protected message: progress, time left, the escaped text and the way to answer its type. Buttons
 * carry shown positions only ("c:2"), so nothing a student receives says which option is right.
 */
final class QuestionScreen {

    static final String PICK = "pick";
    private static final int BAR = 10;
    private static final int LABEL = 60;

    private QuestionScreen() {
    }

    static Screen render(Turn turn, QuestionView q, int total, Instant deadline, Instant now, byte[] image) {
        List<Integer> pick = Picks.get(turn, PICK);
        StringBuilder html = new StringBuilder(progress(q.slot(), total));
        if (deadline != null) {
            long minutes = Math.max(0, (Duration.between(now, deadline).getSeconds() + 59) / 60);
            html.append("  ").append(turn.text("quiz.time-left", minutes));
        }
        html.append("\n\n<b>").append(turn.text("quiz.question", q.slot() + 1)).append("</b> ")
                .append(turn.text("quiz.points", q.points().stripTrailingZeros().toPlainString()))
                .append("\n").append(Html.escape(q.text())).append("\n\n");
        Screen screen;
        switch (q.type()) {
            case SINGLE_CHOICE -> {
                html.append(turn.text("quiz.how.single"));
                List<Integer> chosen = q.response() instanceof Response.Choices c ? c.chosen() : List.of();
                screen = Screen.of(html.toString());
                for (int i = 0; i < q.options().size(); i++) {
                    screen = screen.row(Screen.choice((chosen.contains(i) ? "● " : "") + label(q.options().get(i)), "c:" + i));
                }
            }
            case MULTIPLE_CHOICE -> {
                html.append(turn.text("quiz.how.multiple"));
                screen = Screen.of(html.toString());
                for (int i = 0; i < q.options().size(); i++) {
                    screen = screen.row(Screen.choice((pick.contains(i) ? "☑ " : "☐ ") + label(q.options().get(i)), "t:" + i));
                }
                screen = screen.row(Screen.choice(turn.text("quiz.button.done"), "done"));
            }
            case TRUE_FALSE -> {
                html.append(turn.text("quiz.how.true-false"));
                Boolean saved = q.response() instanceof Response.TrueFalse tf ? tf.value() : null;
                screen = Screen.of(html.toString()).row(
                        Screen.choice((Boolean.TRUE.equals(saved) ? "● " : "") + turn.text("quiz.button.true"), "tf:1"),
                        Screen.choice((Boolean.FALSE.equals(saved) ? "● " : "") + turn.text("quiz.button.false"), "tf:0"));
            }
            case SHORT_ANSWER, NUMERIC, ESSAY -> {
                html.append(turn.text(q.type() == ua.zalik.testing.QuestionType.ESSAY ? "quiz.how.essay" : "quiz.how.text"));
                if (q.response() instanceof Response.Text text && text.text() != null) {
                    html.append("\n").append(turn.text("quiz.your-answer", text.text()));
                }
                screen = Screen.of(html.toString());
            }
            case MATCHING -> screen = matching(turn, q, pick, html);
            case ORDERING -> screen = ordering(turn, q, pick, html);
            default -> throw new IllegalStateException("no chat form for " + q.type());
        }
        List<Screen.Choice> nav = new ArrayList<>();
        boolean free = !QuestionWindow.sequential(turn);
        if (free && q.slot() > 0) {
            nav.add(Screen.choice(turn.text("quiz.button.back"), "back"));
        }
        if (free && q.slot() + 1 < total) {
            nav.add(Screen.choice(turn.text("quiz.button.skip"), "next"));
        }
        nav.add(Screen.choice(turn.text("quiz.button.finish"), "finish"));
        screen = screen.row(nav.toArray(Screen.Choice[]::new)).protect();
        return image == null ? screen : screen.photo(image, imageName(image));
    }

    /** The question's picture is stored as bytes only: its name's extension comes from their signature. */
    static String imageName(byte[] image) {
        if (starts(image, 0x89, 'P', 'N', 'G')) {
            return "question.png";
        }
        if (starts(image, 'G', 'I', 'F', '8')) {
            return "question.gif";
        }
        if (starts(image, 'R', 'I', 'F', 'F') && image.length >= 12 && image[8] == 'W' && image[9] == 'E' && image[10] == 'B'
                && image[11] == 'P') {
            return "question.webp";
        }
        return "question.jpg";
    }

    private static boolean starts(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static Screen matching(Turn turn, QuestionView q, List<Integer> pick, StringBuilder html) {
        List<Integer> saved = q.response() instanceof Response.Matches m ? m.answerForPrompt() : List.of();
        for (int i = 0; i < q.prompts().size(); i++) {
            String answer = i < pick.size() ? q.options().get(pick.get(i))
                    : pick.isEmpty() && i < saved.size() && saved.get(i) >= 0 ? q.options().get(saved.get(i)) : "…";
            html.append(turn.text("quiz.match.line", q.prompts().get(i), answer)).append("\n");
        }
        int step = pick.size();
        Screen screen = Screen.of(html.append("\n").append(turn.text("quiz.how.match", q.prompts().get(step))).toString());
        for (int i = 0; i < q.options().size(); i++) {
            screen = screen.row(Screen.choice(label(q.options().get(i)), "m:" + i + "/" + q.prompts().size()));
        }
        return step > 0 ? screen.row(Screen.choice(turn.text("quiz.button.again"), "reset")) : screen;
    }

    private static Screen ordering(Turn turn, QuestionView q, List<Integer> pick, StringBuilder html) {
        List<Integer> placed = !pick.isEmpty() || !(q.response() instanceof Response.Order o) ? pick : o.items();
        for (int i = 0; i < placed.size(); i++) {
            html.append(i + 1).append(". ").append(Html.escape(q.options().get(placed.get(i)))).append("\n");
        }
        Screen screen = Screen.of(html.append("\n").append(turn.text("quiz.how.order", pick.size() + 1)).toString());
        for (int i = 0; i < q.options().size(); i++) {
            if (!pick.contains(i)) {
                screen = screen.row(Screen.choice(label(q.options().get(i)), "o:" + i + "/" + q.options().size()));
            }
        }
        return pick.isEmpty() ? screen : screen.row(Screen.choice(turn.text("quiz.button.again"), "reset"));
    }

    /** {@code 3/10 ▓▓▓░░░░░░░} for the third of ten. */
    static String progress(int slot, int total) {
        int filled = total == 0 ? 0 : (slot + 1) * BAR / total;
        return (slot + 1) + "/" + total + " " + "▓".repeat(filled) + "░".repeat(BAR - filled);
    }

    private static String label(String option) {
        return option.length() <= LABEL ? option : option.substring(0, LABEL - 1) + "…";
    }
}

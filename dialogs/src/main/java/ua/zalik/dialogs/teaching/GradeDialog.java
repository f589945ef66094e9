package ua.zalik.dialogs.teaching;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Role;
import ua.zalik.testing.Grading;
import ua.zalik.testing.PendingAnswer;
import ua.zalik.testing.Score;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /grade}: the essays waiting for the teacher, one at a time: the question, the answer, score buttons (0, ¼, ½,
 * ¾ or all of the slot's points), an optional comment and skip. The facade regrades the attempt.
 */
@Component
class GradeDialog extends DeclaredDialog<GradeDialog.State> {

    enum State { ANSWER, COMMENT }

    private static final String[] QUARTERS = {"0", "¼", "½", "¾", "1"};

    private final Grading grading;
    private final UsersService users;
    private final Actors actors;

    GradeDialog(Grading grading, UsersService users, Actors actors) {
        super("grade", Audience.roles(Role.TEACHER), State.class);
        this.grading = grading;
        this.users = users;
        this.actors = actors;
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case ANSWER -> Window.of(State.class, this::answer)
                    .onButton(this::onAnswer)
                    .goesTo(State.COMMENT)
                    .finishes();
            case COMMENT -> Window.of(State.class, turn -> Screen.of(turn.text("teaching.grade.write-comment"))
                            .row(Screen.choice(turn.text("button.back"), "back")))
                    .onText((turn, text) -> {
                        turn.put("comment", text.strip());
                        return Transition.switchTo(State.ANSWER);
                    })
                    .onButton((turn, action) -> "back".equals(action) ? Transition.switchTo(State.ANSWER)
                            : Transition.stay(turn.text("dialogs.unexpected")))
                    .goesTo(State.ANSWER);
        };
    }

    private static String key(PendingAnswer answer) {
        return answer.attemptId() + ":" + answer.slot();
    }

    private static Set<String> skipped(Turn turn) {
        String skipped = turn.get("skipped");
        return skipped == null || skipped.isBlank() ? Set.of() : Set.of(skipped.split(","));
    }

    private Screen answer(Turn turn) {
        List<PendingAnswer> queue = grading.queue(actors.of(turn), null).stream()
                .filter(a -> !skipped(turn).contains(key(a))).toList();
        if (queue.isEmpty()) {
            turn.remove("current");
            return Screen.of(turn.text(skipped(turn).isEmpty() ? "teaching.grade.nothing" : "teaching.grade.only-skipped"))
                    .row(Screen.choice(turn.text("teaching.button.close"), "close"));
        }
        PendingAnswer next = queue.getFirst();
        if (!key(next).equals(turn.get("current"))) {
            turn.remove("comment");
            turn.put("current", key(next));
        }
        String student = users.accountsByIds(List.of(next.studentId())).stream().findFirst().map(Account::fullName).orElse("?");
        String max = points(next.maxPoints());
        StringBuilder html = new StringBuilder(turn.text("teaching.grade.header", queue.size(), student))
                .append("\n\n").append(turn.text("teaching.grade.question", next.questionText()));
        if (next.graderInfo() != null && !next.graderInfo().isBlank()) {
            html.append('\n').append(turn.text("teaching.grade.info", next.graderInfo()));
        }
        html.append("\n\n").append(turn.text("teaching.grade.response", next.response() == null ? "" : next.response()))
                .append("\n\n").append(turn.text("teaching.grade.points", max));
        if (turn.get("comment") != null) {
            html.append('\n').append(turn.text("teaching.grade.comment", turn.get("comment")));
        }
        Screen.Choice[] scores = new Screen.Choice[QUARTERS.length];
        for (int q = 0; q < QUARTERS.length; q++) {
            BigDecimal points = next.maxPoints().multiply(BigDecimal.valueOf(q)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
            scores[q] = Screen.choice(q == 0 || q == 4 ? points(points) : points(points) + " (" + QUARTERS[q] + ")",
                    "score:" + key(next) + ":" + points.toPlainString());
        }
        return Screen.of(html.toString()).row(scores)
                .row(Screen.choice(turn.text("teaching.grade.button.comment"), "comment"),
                        Screen.choice(turn.text("teaching.grade.button.skip"), "skip:" + key(next)))
                .row(Screen.choice(turn.text("teaching.button.close"), "close"));
    }

    private Transition<State> onAnswer(Turn turn, String action) {
        String[] parts = action.split(":");
        switch (parts[0]) {
            case "close" -> {
                return Transition.done(turn.text("teaching.grade.closed"));
            }
            case "comment" -> {
                return turn.get("current") == null ? Transition.stay(turn.text("dialogs.unexpected")) : Transition.switchTo(State.COMMENT);
            }
            case "skip" -> {
                String skipped = Arrays.stream(new String[] {turn.get("skipped"), parts[1] + ":" + parts[2]})
                        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(","));
                turn.put("skipped", skipped);
                return Transition.stay(null);
            }
            case "score" -> {
                String answer = parts[1] + ":" + parts[2];
                String comment = answer.equals(turn.get("current")) ? turn.get("comment") : null;
                Score score = grading.grade(actors.of(turn), Long.parseLong(parts[1]), Integer.parseInt(parts[2]),
                        new BigDecimal(parts[3]), comment);
                turn.remove("comment");
                return Transition.stay(turn.text(score.pendingGrading() ? "teaching.grade.saved-pending" : "teaching.grade.saved",
                        points(new BigDecimal(parts[3])), points(score.points()), points(score.maxPoints()), score.grade()));
            }
            default -> {
                return Transition.stay(turn.text("dialogs.unexpected"));
            }
        }
    }

    private static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}

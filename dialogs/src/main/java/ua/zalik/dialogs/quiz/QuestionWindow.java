package ua.zalik.dialogs.quiz;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Actor;
import ua.zalik.testing.AttemptView;
import ua.zalik.testing.Attempts;
import ua.zalik.testing.QuestionView;
import ua.zalik.testing.Response;
import ua.zalik.users.UsersService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The question window of {@code /tests}: one question per message, answered by buttons or text, moving on until the
 * last one asks to confirm. The chat keeps only the attempt, the slot, the answered slots and a pick in progress.
 */
@Component
class QuestionWindow {

    private static final String SEQUENTIAL = "sequential";

    private final Attempts attempts;
    private final UsersService users;
    private final Clock clock;

    QuestionWindow(Attempts attempts, UsersService users, Clock clock) {
        this.attempts = attempts;
        this.users = users;
        this.clock = clock;
    }

    /** {@code result} draws the review that stands in for a question once the deadline has passed. */
    Window<TestsDialog.State> window(Function<Turn, Screen> result) {
        return Window.of(TestsDialog.State.class, turn -> question(turn, result))
                .onButton(this::onButton)
                .onText((turn, text) -> answer(turn, new Response.Text(text.strip())))
                .goesTo(TestsDialog.State.CONFIRM, TestsDialog.State.RESULT, TestsDialog.State.LIST)
                .finishes();
    }

    /** Keeps what the window needs of a just started (or resumed) attempt, at its first unanswered question. */
    static void start(Turn turn, AttemptView attempt, boolean countdown) {
        List<Integer> answered = attempt.questions().stream().filter(q -> q.response() != null).map(QuestionView::slot).toList();
        turn.put("attempt", attempt.id());
        turn.put("total", attempt.questions().size());
        Picks.put(turn, "answered", answered);
        turn.put("slot", firstUnanswered(answered, attempt.questions().size()));
        turn.remove(QuestionScreen.PICK);
        turn.remove("over");
        if (attempt.sequential()) {
            turn.put(SEQUENTIAL, true);
        } else {
            turn.remove(SEQUENTIAL);
        }
        if (countdown && attempt.deadlineAt() != null) {
            turn.put("deadline", attempt.deadlineAt().getEpochSecond());
        } else {
            turn.remove("deadline");
        }
    }

    /** Back from the confirmation to the first question still unanswered. */
    static void backToUnanswered(Turn turn) {
        turn.put("slot", firstUnanswered(Picks.get(turn, "answered"), total(turn)));
    }

    private Screen question(Turn turn, Function<Turn, Screen> result) {
        int slot = slot(turn);
        QuestionView q = attempts.questionIfOpen(actor(turn), attempt(turn), slot).orElse(null);
        if (q == null) {
            // the deadline passed while the question was open: the attempt is handed in with what was answered
            turn.put("over", true);
            return result.apply(turn);
        }
        // the photo goes once per visit of a question, not again on every toggle of its buttons
        byte[] image = null;
        if (q.hasImage() && !String.valueOf(slot).equals(turn.get("pictured"))) {
            image = attempts.image(actor(turn), attempt(turn), slot);
            turn.put("pictured", slot);
        }
        String deadline = turn.get("deadline");
        return QuestionScreen.render(turn, q, total(turn), deadline == null ? null : Instant.ofEpochSecond(Long.parseLong(deadline)),
                clock.instant(), image);
    }

    private Transition<TestsDialog.State> onButton(Turn turn, String action) {
        String kind = action.contains(":") ? action.substring(0, action.indexOf(':')) : action;
        return switch (kind) {
            case "c" -> answer(turn, new Response.Choices(List.of(Picks.index(action))));
            case "tf" -> answer(turn, new Response.TrueFalse(Picks.index(action) == 1));
            case "t" -> {
                List<Integer> pick = Picks.get(turn, QuestionScreen.PICK);
                Integer option = Picks.index(action);
                if (!pick.remove(option)) {
                    pick.add(option);
                }
                Picks.put(turn, QuestionScreen.PICK, pick.stream().sorted().toList());
                yield Transition.stay(null);
            }
            case "done" -> answer(turn, new Response.Choices(Picks.get(turn, QuestionScreen.PICK)));
            case "m", "o" -> {
                List<Integer> pick = Picks.get(turn, QuestionScreen.PICK);
                pick.add(Picks.index(action));
                if (pick.size() < Picks.needed(action)) {
                    Picks.put(turn, QuestionScreen.PICK, pick);
                    yield Transition.stay(null);
                }
                yield answer(turn, kind.equals("m") ? new Response.Matches(pick) : new Response.Order(pick));
            }
            case "reset" -> {
                turn.remove(QuestionScreen.PICK);
                yield Transition.stay(null);
            }
            case "back", "next" -> sequential(turn) ? Transition.stay(turn.text("quiz.in-order"))
                    : move(turn, slot(turn) + ("back".equals(kind) ? -1 : 1));
            case "finish" -> Transition.switchTo(TestsDialog.State.CONFIRM);
            case "list" -> Transition.switchTo(TestsDialog.State.LIST);
            case "close" -> Transition.done(turn.text("quiz.bye"));
            default -> Transition.stay(turn.text("dialogs.unexpected"));
        };
    }

    /** Saves the answer and moves on to the next question, or to the confirmation after the last one. */
    private Transition<TestsDialog.State> answer(Turn turn, Response response) {
        switch (attempts.answerIfOpen(actor(turn), attempt(turn), slot(turn), response)) {
            case OVER -> {
                turn.put("over", true);
                return Transition.switchTo(TestsDialog.State.RESULT);
            }
            case DOES_NOT_FIT -> {
                return Transition.stay(turn.text("quiz.use-buttons"));
            }
            case SAVED -> { }
        }
        Picks.add(turn, "answered", slot(turn));
        if (slot(turn) + 1 >= total(turn)) {
            turn.remove(QuestionScreen.PICK);
            return Transition.switchTo(TestsDialog.State.CONFIRM);
        }
        return move(turn, slot(turn) + 1);
    }

    private Transition<TestsDialog.State> move(Turn turn, int slot) {
        turn.remove(QuestionScreen.PICK);
        turn.remove("pictured");
        turn.put("slot", Math.clamp(slot, 0, total(turn) - 1));
        return Transition.stay(null);
    }

    /** Whether the attempt in this chat goes question by question (no Back or Skip). */
    static boolean sequential(Turn turn) {
        return turn.get(SEQUENTIAL) != null;
    }

    private Actor actor(Turn turn) {
        return users.actorFor(turn.account().orElseThrow());
    }

    static long attempt(Turn turn) {
        return Long.parseLong(turn.get("attempt"));
    }

    private static int slot(Turn turn) {
        return Integer.parseInt(turn.get("slot"));
    }

    static int total(Turn turn) {
        return Integer.parseInt(turn.get("total"));
    }

    private static int firstUnanswered(List<Integer> answered, int total) {
        for (int i = 0; i < total; i++) {
            if (!answered.contains(i)) {
                return i;
            }
        }
        return Math.max(0, total - 1);
    }
}

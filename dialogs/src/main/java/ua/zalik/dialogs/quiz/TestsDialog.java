package ua.zalik.dialogs.quiz;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.dialogs.notes.QuestionNoteDialog;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.testing.AttemptView;
import ua.zalik.testing.Attempts;
import ua.zalik.testing.QuestionView;
import ua.zalik.testing.Response;
import ua.zalik.testing.Reviews;
import ua.zalik.users.UsersService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code /tests}: the student's open assignments, then one question per message until they submit, then what the
 * review policy shows. Everything about the attempt is in the database; the dialog keeps only which attempt and slot.
 */
@Component
class TestsDialog extends DeclaredDialog<TestsDialog.State> {

    enum State { LIST, QUESTION, CONFIRM, RESULT }

    private static final String SEQUENTIAL = "sequential";

    private final Attempts attempts;
    private final Reviews reviews;
    private final UsersService users;
    private final Clock clock;

    TestsDialog(Attempts attempts, Reviews reviews, UsersService users, Clock clock) {
        super("tests", Audience.roles(Role.STUDENT), State.class);
        this.attempts = attempts;
        this.reviews = reviews;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case LIST -> Window.of(State.class, this::list)
                    .onButton(this::onList)
                    .goesTo(State.QUESTION, State.RESULT)
                    .finishes();
            case QUESTION -> Window.of(State.class, this::question)
                    .onButton(this::onQuestionButton)
                    .onText(this::onQuestionText)
                    .goesTo(State.CONFIRM, State.RESULT, State.LIST)
                    .finishes();
            case CONFIRM -> Window.of(State.class, this::confirm)
                    .onButton((turn, action) -> switch (action) {
                        case "submit" -> {
                            attempts.submit(actor(turn), attempt(turn));
                            yield Transition.switchTo(State.RESULT);
                        }
                        case "back" -> {
                            List<Integer> answered = Picks.get(turn, "answered");
                            turn.put("slot", firstUnanswered(answered, total(turn)));
                            yield Transition.switchTo(State.QUESTION);
                        }
                        default -> Transition.stay(turn.text("dialogs.unexpected"));
                    })
                    .goesTo(State.QUESTION, State.RESULT);
            case RESULT -> Window.of(State.class, this::result)
                    .onButton(this::onResult)
                    .goesTo(State.LIST)
                    .begins(QuestionNoteDialog.NAME)
                    .finishes();
        };
    }

    private Screen list(Turn turn) {
        Actor actor = actor(turn);
        return AssignmentList.screen(turn, attempts.openAssignments(actor), reviews.resultsOf(actor, actor.accountId()));
    }

    private Transition<State> onList(Turn turn, String action) {
        if (action.startsWith("review:")) {
            turn.put("attempt", action.substring("review:".length()));
            turn.remove("over");
            return Transition.switchTo(State.RESULT);
        }
        if (!action.startsWith("start:")) {
            return Transition.done(turn.text("quiz.bye"));
        }
        String[] parts = action.split(":");
        AttemptView attempt = attempts.startIfAllowed(actor(turn), Long.parseLong(parts[1])).orElse(null);
        if (attempt == null) {
            return Transition.stay(turn.text("quiz.cannot-start"));
        }
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
        if ("1".equals(parts[2]) && attempt.deadlineAt() != null) {
            turn.put("deadline", attempt.deadlineAt().getEpochSecond());
        } else {
            turn.remove("deadline");
        }
        return Transition.switchTo(State.QUESTION);
    }

    private Screen question(Turn turn) {
        int slot = slot(turn);
        QuestionView q = attempts.questionIfOpen(actor(turn), attempt(turn), slot).orElse(null);
        if (q == null) {
            // the deadline passed while the question was open: the attempt is handed in with what was answered
            turn.put("over", true);
            return result(turn);
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

    private Transition<State> onQuestionButton(Turn turn, String action) {
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
            case "finish" -> Transition.switchTo(State.CONFIRM);
            case "list" -> Transition.switchTo(State.LIST);
            case "close" -> Transition.done(turn.text("quiz.bye"));
            default -> Transition.stay(turn.text("dialogs.unexpected"));
        };
    }

    private Transition<State> onQuestionText(Turn turn, String text) {
        return answer(turn, new Response.Text(text.strip()));
    }

    /** Saves the answer and moves on to the next question, or to the confirmation after the last one. */
    private Transition<State> answer(Turn turn, Response response) {
        switch (attempts.answerIfOpen(actor(turn), attempt(turn), slot(turn), response)) {
            case OVER -> {
                turn.put("over", true);
                return Transition.switchTo(State.RESULT);
            }
            case DOES_NOT_FIT -> {
                return Transition.stay(turn.text("quiz.use-buttons"));
            }
            case SAVED -> { }
        }
        Picks.add(turn, "answered", slot(turn));
        if (slot(turn) + 1 >= total(turn)) {
            turn.remove(QuestionScreen.PICK);
            return Transition.switchTo(State.CONFIRM);
        }
        return move(turn, slot(turn) + 1);
    }

    private Transition<State> move(Turn turn, int slot) {
        turn.remove(QuestionScreen.PICK);
        turn.remove("pictured");
        turn.put("slot", Math.clamp(slot, 0, total(turn) - 1));
        return Transition.stay(null);
    }

    private Screen confirm(Turn turn) {
        List<Integer> answered = Picks.get(turn, "answered");
        List<String> missing = java.util.stream.IntStream.range(0, total(turn)).filter(i -> !answered.contains(i))
                .mapToObj(i -> String.valueOf(i + 1)).toList();
        String html = turn.text("quiz.confirm", answered.size(), total(turn))
                + (missing.isEmpty() ? "" : "\n" + turn.text("quiz.confirm.missing", String.join(", ", missing)));
        return Screen.of(html).row(Screen.choice(turn.text("quiz.button.submit"), "submit"))
                .row(Screen.choice(turn.text("quiz.button.to-questions"), "back")).protect();
    }

    private Screen result(Turn turn) {
        Actor actor = actor(turn);
        List<Screen.Choice> notes = reviews.wrongQuestions(actor, attempt(turn)).keySet().stream()
                .map(slot -> Screen.choice(turn.text("notes.question.button", slot + 1), "note:" + slot)).toList();
        return ReviewText.screen(turn, reviews.reviewNow(actor, attempt(turn)), turn.get("over") != null, notes);
    }

    /** Back to the list, a note on a question answered wrong (checked again: the button may be old), or goodbye. */
    private Transition<State> onResult(Turn turn, String action) {
        if ("list".equals(action)) {
            return Transition.switchTo(State.LIST);
        }
        if (action.startsWith("note:")) {
            int slot = Integer.parseInt(action.substring("note:".length()));
            Long question = reviews.wrongQuestions(actor(turn), attempt(turn)).get(slot);
            return question == null ? Transition.stay(turn.text("dialogs.unexpected"))
                    : Transition.begin(QuestionNoteDialog.NAME, QuestionNoteDialog.argument(question, slot + 1));
        }
        return Transition.done(turn.text("quiz.bye"));
    }

    /** Whether the attempt in this chat goes question by question (no Back or Skip). */
    static boolean sequential(Turn turn) {
        return turn.get(SEQUENTIAL) != null;
    }

    private Actor actor(Turn turn) {
        return users.actorFor(turn.account().orElseThrow().id());
    }

    private static long attempt(Turn turn) {
        return Long.parseLong(turn.get("attempt"));
    }

    private static int slot(Turn turn) {
        return Integer.parseInt(turn.get("slot"));
    }

    private static int total(Turn turn) {
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

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
import ua.zalik.testing.Reviews;
import ua.zalik.users.UsersService;

import java.util.List;

/**
 * {@code /tests}: the student's open assignments, then one question per message until they submit, then what the
 * review policy shows. Everything about the attempt is in the database; the dialog keeps only which attempt and slot.
 */
@Component
class TestsDialog extends DeclaredDialog<TestsDialog.State> {

    enum State { LIST, QUESTION, CONFIRM, RESULT }

    private final Attempts attempts;
    private final Reviews reviews;
    private final UsersService users;
    private final QuestionWindow questions;

    TestsDialog(Attempts attempts, Reviews reviews, UsersService users, QuestionWindow questions) {
        super("tests", Audience.roles(Role.STUDENT), State.class);
        this.attempts = attempts;
        this.reviews = reviews;
        this.users = users;
        this.questions = questions;
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case LIST -> Window.of(State.class, this::list)
                    .onButton(this::onList)
                    .goesTo(State.QUESTION, State.RESULT)
                    .finishes();
            case QUESTION -> questions.window(this::result);
            case CONFIRM -> Window.of(State.class, this::confirm)
                    .onButton((turn, action) -> switch (action) {
                        case "submit" -> {
                            attempts.submitShowingResult(actor(turn), QuestionWindow.attempt(turn));
                            yield Transition.switchTo(State.RESULT);
                        }
                        case "back" -> {
                            QuestionWindow.backToUnanswered(turn);
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
        QuestionWindow.start(turn, attempt, "1".equals(parts[2]));
        return Transition.switchTo(State.QUESTION);
    }

    private Screen confirm(Turn turn) {
        List<Integer> answered = Picks.get(turn, "answered");
        List<String> missing = java.util.stream.IntStream.range(0, QuestionWindow.total(turn)).filter(i -> !answered.contains(i))
                .mapToObj(i -> String.valueOf(i + 1)).toList();
        String html = turn.text("quiz.confirm", answered.size(), QuestionWindow.total(turn))
                + (missing.isEmpty() ? "" : "\n" + turn.text("quiz.confirm.missing", String.join(", ", missing)));
        return Screen.of(html).row(Screen.choice(turn.text("quiz.button.submit"), "submit"))
                .row(Screen.choice(turn.text("quiz.button.to-questions"), "back")).protect();
    }

    private Screen result(Turn turn) {
        Actor actor = actor(turn);
        List<Screen.Choice> notes = reviews.wrongQuestions(actor, QuestionWindow.attempt(turn)).keySet().stream()
                .map(slot -> Screen.choice(turn.text("notes.question.button", slot + 1), "note:" + slot)).toList();
        return ReviewText.screen(turn, reviews.reviewNow(actor, QuestionWindow.attempt(turn)), turn.get("over") != null, notes);
    }

    /** Back to the list, a note on a question answered wrong (checked again: the button may be old), or goodbye. */
    private Transition<State> onResult(Turn turn, String action) {
        if ("list".equals(action)) {
            return Transition.switchTo(State.LIST);
        }
        if (action.startsWith("note:")) {
            int slot = Integer.parseInt(action.substring("note:".length()));
            Long question = reviews.wrongQuestions(actor(turn), QuestionWindow.attempt(turn)).get(slot);
            return question == null ? Transition.stay(turn.text("dialogs.unexpected"))
                    : Transition.begin(QuestionNoteDialog.NAME, QuestionNoteDialog.argument(question, slot + 1));
        }
        return Transition.done(turn.text("quiz.bye"));
    }

    private Actor actor(Turn turn) {
        return users.actorFor(turn.account().orElseThrow());
    }
}

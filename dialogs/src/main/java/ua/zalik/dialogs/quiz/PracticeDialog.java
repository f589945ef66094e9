package ua.zalik.dialogs.quiz;

import org.springframework.stereotype.Component;
import ua.zalik.bot.sending.Html;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.notes.NotesService;
import ua.zalik.testing.Practice;
import ua.zalik.testing.PracticeAnswer;
import ua.zalik.testing.PracticeQuestion;
import ua.zalik.testing.QuestionType;
import ua.zalik.users.UsersService;

import java.util.List;

/**
 * {@code /practice}: a question the student got wrong before, as a native Telegram quiz poll (the explanation is the
 * feedback). The answer comes back as a poll answer, whenever it comes, and counts toward the practice record only.
 */
@Component
class PracticeDialog extends DeclaredDialog<PracticeDialog.State> {

    enum State { ASK }

    // Telegram's limits: question 300 characters, an option 100, the explanation 200
    private static final int QUESTION = 300;
    private static final int OPTION = 100;
    private static final int EXPLANATION = 200;

    private final Practice practice;
    private final UsersService users;
    private final NotesService notes;

    PracticeDialog(Practice practice, UsersService users, NotesService notes) {
        super("practice", Audience.roles(Role.STUDENT), State.class);
        this.practice = practice;
        this.users = users;
        this.notes = notes;
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case ASK -> Window.of(State.class, this::ask)
                    .onButton((turn, action) -> "more".equals(action) ? Transition.stay(null)
                            : Transition.done(turn.text("quiz.practice.bye")))
                    .finishes();
        };
    }

    private Screen ask(Turn turn) {
        PracticeQuestion q = practice.next(actor(turn)).orElse(null);
        if (q == null) {
            return Screen.of(turn.text("quiz.practice.none")).row(Screen.choice(turn.text("quiz.button.close"), "close"));
        }
        List<String> options = q.type() == QuestionType.TRUE_FALSE
                ? List.of(turn.text("quiz.button.true"), turn.text("quiz.button.false"))
                : q.options().stream().map(o -> cut(o, OPTION)).toList();
        String explanation = q.explanation() == null ? null : Html.escape(cut(q.explanation(), EXPLANATION));
        StringBuilder intro = new StringBuilder(turn.text("quiz.practice.intro"));
        // the student's own notes on this question, written after a test they got it wrong in
        notes.notesForQuestion(actor(turn), q.questionId()).forEach(note ->
                intro.append("\n\n").append(turn.text("notes.practice.note", note.text())));
        return Screen.of(intro.toString())
                .row(Screen.choice(turn.text("quiz.practice.more"), "more"), Screen.choice(turn.text("quiz.button.close"), "close"))
                .poll(new Screen.Poll(cut(q.text(), QUESTION), options, q.correct(), explanation, String.valueOf(q.questionId())));
    }

    @Override
    public String pollAnswered(Turn turn, String tag, List<Integer> optionIds) {
        if (optionIds.isEmpty()) {
            return null; // a retracted vote; quizzes can't be retracted, regular polls could
        }
        PracticeAnswer answer = practice.answer(actor(turn), Long.parseLong(tag), optionIds.getFirst());
        return turn.text(answer.right() ? "quiz.practice.right" : "quiz.practice.wrong", answer.rightTotal(),
                answer.answeredTotal());
    }

    private Actor actor(Turn turn) {
        return users.actorFor(turn.account().orElseThrow());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Role;
import ua.zalik.notes.NewNote;
import ua.zalik.notes.NotesService;

/**
 * A student's note on a test question they got wrong, opened from the test's review with "questionId:number" (the
 * review checked the question is theirs to annotate); /practice shows the note when the question comes up again.
 */
@Component
public class QuestionNoteDialog extends DeclaredDialog<QuestionNoteDialog.State> {

    public static final String NAME = "question-note";

    enum State { ASK }

    private final NotesService notes;
    private final NotesChat chat;

    QuestionNoteDialog(NotesService notes, NotesChat chat) {
        super(null, NAME, Audience.roles(Role.STUDENT), State.class);
        this.notes = notes;
        this.chat = chat;
    }

    /** The argument {@link Transition#begin} opens this dialog with. */
    public static String argument(long questionId, int number) {
        return questionId + ":" + number;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        String[] parts = argument.split(":", 2);
        turn.put("question", parts[0]);
        turn.put("number", parts[1]);
        return Transition.stay(null);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case ASK -> Window.of(State.class, turn -> Screen.of(turn.text("notes.question.ask", turn.get("number")))
                            .row(Screen.choice(turn.text("button.back"), "back")))
                    .onText((turn, text) -> {
                        String bad = NotesChat.badText(turn, text);
                        if (bad != null) {
                            return Transition.stay(bad);
                        }
                        notes.write(chat.actor(turn), NewNote.onQuestion(text.strip(), Long.parseLong(turn.get("question"))));
                        return Transition.done(turn.text("notes.question.saved", turn.get("number")));
                    })
                    .onButton((turn, action) -> Transition.done(null))
                    .finishes();
        };
    }
}

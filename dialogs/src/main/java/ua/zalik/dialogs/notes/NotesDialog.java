package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Actor;
import ua.zalik.notes.Note;
import ua.zalik.notes.NoteEdit;
import ua.zalik.notes.NotesService;


/**
 * {@code /notes}: the newest notes the user may read, a page at a time; {@code /notes <words>} searches them. A note
 * opens with its whole text; its author may edit it (the next text) or delete it (after a yes).
 */
@Component
class NotesDialog extends DeclaredDialog<NotesDialog.State> {

    enum State { LIST, NOTE, DELETE, EDIT }

    private final NotesService notes;
    private final NotesChat chat;
    private final NoteList list;
    private final NoteView view;

    NotesDialog(NotesService notes, NotesChat chat, NoteList list, NoteView view) {
        super("notes", State.class);
        this.notes = notes;
        this.chat = chat;
        this.list = list;
        this.view = view;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        if (argument != null && !argument.isBlank()) {
            turn.put("q", argument.strip());
        }
        turn.put("page", 0);
        return Transition.switchTo(State.LIST);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case LIST -> Window.of(State.class, list::screen)
                    .onButton(this::onList)
                    .goesTo(State.NOTE)
                    .finishes();
            case NOTE -> Window.of(State.class, turn -> view.screen(turn, chat.actor(turn), noteId(turn)))
                    .onButton(this::onNote)
                    .goesTo(State.LIST, State.DELETE, State.EDIT);
            case DELETE -> Window.of(State.class, this::confirm)
                    .onButton(this::onDelete)
                    .goesTo(State.LIST, State.NOTE);
            case EDIT -> Window.of(State.class, this::editing)
                    .onText(this::onEdit)
                    .onButton((turn, action) -> Transition.switchTo(State.NOTE))
                    .goesTo(State.NOTE);
        };
    }

    private Transition<State> onList(Turn turn, String action) {
        if (action.startsWith("page:")) {
            turn.put("page", Integer.parseInt(action.substring(5)));
            return Transition.stay(null);
        }
        if (action.startsWith("open:")) {
            turn.put("note", action.substring(5));
            return Transition.switchTo(State.NOTE);
        }
        return Transition.done(turn.text("notes.closed"));
    }

    private Transition<State> onNote(Turn turn, String action) {
        if ("list".equals(action)) {
            return Transition.switchTo(State.LIST);
        }
        if ("file".equals(action)) {
            turn.put(NoteView.RESEND, true);
            return Transition.stay(null);
        }
        Actor actor = chat.actor(turn);
        Note note = notes.find(actor, noteId(turn)).orElse(null);
        if (note == null) {
            turn.put("flash", turn.text("notes.gone"));
            return Transition.switchTo(State.LIST);
        }
        if (note.authorId() != actor.accountId()) {
            return Transition.stay(turn.text("notes.not-yours"));
        }
        return switch (action) {
            case "edit" -> Transition.switchTo(State.EDIT);
            case "delete" -> Transition.switchTo(State.DELETE);
            default -> Transition.stay(turn.text("dialogs.unexpected"));
        };
    }

    private Screen confirm(Turn turn) {
        Note note = notes.find(chat.actor(turn), noteId(turn)).orElse(null);
        if (note == null) {
            return Screen.of(turn.text("notes.gone")).row(Screen.choice(turn.text("notes.button.to-list"), "no"));
        }
        return Screen.of(turn.text("notes.delete.confirm", NotesChat.preview(turn, note)))
                .row(Screen.choice(turn.text("notes.delete.button.yes"), "yes"),
                        Screen.choice(turn.text("notes.delete.button.no"), "no"));
    }

    private Transition<State> onDelete(Turn turn, String action) {
        if (!"yes".equals(action)) {
            return Transition.switchTo(State.NOTE);
        }
        Actor actor = chat.actor(turn);
        String refused = chat.refusal(turn, actor, noteId(turn));
        if (refused != null) {
            turn.put("flash", refused);
            return Transition.switchTo(State.LIST);
        }
        notes.delete(actor, noteId(turn));
        turn.put("flash", turn.text("notes.deleted"));
        return Transition.switchTo(State.LIST);
    }

    private Screen editing(Turn turn) {
        Note note = notes.find(chat.actor(turn), noteId(turn)).orElse(null);
        return Screen.of(note == null ? turn.text("notes.gone") : turn.text("notes.edit.ask", note.text()))
                .row(Screen.choice(turn.text("button.back"), "back"));
    }

    private Transition<State> onEdit(Turn turn, String text) {
        Actor actor = chat.actor(turn);
        String refused = chat.refusal(turn, actor, noteId(turn));
        if (refused != null) {
            turn.put("flash", refused);
            return Transition.switchTo(State.NOTE);
        }
        Note note = notes.find(actor, noteId(turn)).orElseThrow();
        String bad = note.file() != null && text.isBlank() ? null : NotesChat.badText(turn, text);
        if (bad != null) {
            return Transition.stay(bad);
        }
        notes.edit(actor, note.id(), new NoteEdit(text, note.subjectId()));
        turn.put("flash", turn.text("notes.edited"));
        return Transition.switchTo(State.NOTE);
    }

    private static long noteId(Turn turn) {
        return Long.parseLong(turn.get("note"));
    }
}

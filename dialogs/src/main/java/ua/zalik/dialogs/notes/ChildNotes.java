package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.PageRequest;
import ua.zalik.notes.Note;
import ua.zalik.notes.NoteFilter;
import ua.zalik.notes.NotesService;

import java.util.List;

/** For {@code /children}: the newest notes about a child that the parent may read (teachers’ notes for parents). */
@Component
public class ChildNotes {

    static final int SHOWN = 3;

    private final NotesService notes;
    private final NotesChat chat;

    ChildNotes(NotesService notes, NotesChat chat) {
        this.notes = notes;
        this.chat = chat;
    }

    /** Lines to append under the child, or "" when there is nothing to show. */
    public String section(Turn turn, Actor parent, long childId) {
        List<Note> about = notes.recent(parent, new NoteFilter(null, null, childId, false), PageRequest.first(SHOWN)).items();
        if (about.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("\n").append(turn.text("notes.children.title"));
        for (Note note : about) {
            html.append('\n').append(turn.text("notes.children.item", chat.nameOf(note.authorId()), NotesChat.preview(turn, note)));
        }
        return html.toString();
    }
}

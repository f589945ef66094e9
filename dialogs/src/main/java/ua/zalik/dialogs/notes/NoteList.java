package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.notes.Note;
import ua.zalik.notes.NoteFilter;
import ua.zalik.notes.NotesService;

import java.util.ArrayList;
import java.util.List;

/** The list window of {@code /notes}: a page of the newest notes (or of those a search found), a button per note. */
@Component
class NoteList {

    static final int PAGE = 5;

    private final NotesService notes;
    private final NotesChat chat;

    NoteList(NotesService notes, NotesChat chat) {
        this.notes = notes;
        this.chat = chat;
    }

    Screen screen(Turn turn) {
        Actor actor = chat.actor(turn);
        String query = turn.get("q");
        int page = Integer.parseInt(turn.get("page"));
        Page<Note> found = query == null ? notes.recent(actor, NoteFilter.ALL, new PageRequest(page, PAGE))
                : notes.search(actor, query, new PageRequest(page, PAGE));
        String flash = flash(turn);
        if (found.total() == 0) {
            String empty = query == null ? turn.text("notes.list.empty") : turn.text("notes.search.none", query);
            return Screen.of(flash + empty).row(Screen.choice(turn.text("notes.button.close"), "close"));
        }
        long pages = (found.total() + PAGE - 1) / PAGE;
        StringBuilder html = new StringBuilder(flash).append(query == null
                ? turn.text("notes.list.title", found.total(), page + 1, pages)
                : turn.text("notes.search.title", query, found.total(), page + 1, pages));
        List<Screen.Choice> numbers = new ArrayList<>();
        for (int i = 0; i < found.items().size(); i++) {
            Note note = found.items().get(i);
            String number = String.valueOf(page * PAGE + i + 1);
            html.append('\n').append(turn.text("notes.list.item", number, NotesChat.preview(turn, note)));
            if (note.authorId() != actor.accountId()) {
                html.append(' ').append(turn.text("notes.list.from", chat.nameOf(note.authorId())));
            }
            numbers.add(Screen.choice(number, "open:" + note.id()));
        }
        html.append("\n\n").append(turn.text("notes.list.hint"));
        Screen screen = Screen.of(html.toString()).row(numbers.toArray(Screen.Choice[]::new));
        List<Screen.Choice> paging = new ArrayList<>();
        if (page > 0) {
            paging.add(Screen.choice(turn.text("notes.button.previous"), "page:" + (page - 1)));
        }
        if (page + 1 < pages) {
            paging.add(Screen.choice(turn.text("notes.button.next"), "page:" + (page + 1)));
        }
        if (!paging.isEmpty()) {
            screen = screen.row(paging.toArray(Screen.Choice[]::new));
        }
        return screen.row(Screen.choice(turn.text("notes.button.close"), "close"));
    }

    /** A line said once above the next screen (after a delete or an edit). */
    static String flash(Turn turn) {
        String said = turn.get("flash");
        turn.remove("flash");
        return said == null ? "" : said + "\n\n";
    }
}

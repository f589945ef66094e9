package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Texts;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.notes.Note;
import ua.zalik.notes.NotesService;
import ua.zalik.notes.TelegramFile;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Subject;
import ua.zalik.school.Teaching;
import ua.zalik.users.UsersService;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the notes dialogs share: who asks, their subjects, a note's short form, and the author-only check. */
@Component
class NotesChat {

    static final int MAX_TEXT = 10_000;
    static final int MAX_SUBJECTS = 12;
    private static final int PREVIEW = 80;

    private final NotesService notes;
    private final UsersService users;
    private final SchoolService school;

    NotesChat(NotesService notes, UsersService users, SchoolService school) {
        this.notes = notes;
        this.users = users;
        this.school = school;
    }

    Actor actor(Turn turn) {
        return users.actorFor(turn.account().orElseThrow().id());
    }

    /** A teacher's taught subjects; anyone else's, the school's. */
    List<Subject> subjects(Actor actor) {
        List<Subject> all = school.subjects(actor);
        if (actor.is(Role.TEACHER)) {
            Set<Long> taught = school.teachings(actor).stream().map(Teaching::subjectId).collect(Collectors.toSet());
            all = all.stream().filter(s -> taught.contains(s.id())).toList();
        }
        return all.subList(0, Math.min(MAX_SUBJECTS, all.size()));
    }

    /** A refusal hint when the note is gone or not the caller's (null when they may change it). */
    String refusal(Turn turn, Actor actor, long noteId) {
        Optional<Note> note = notes.find(actor, noteId);
        if (note.isEmpty()) {
            return turn.text("notes.gone");
        }
        return note.get().authorId() == actor.accountId() ? null : turn.text("notes.not-yours");
    }

    /** A hint for text that can't be a note, or null. */
    static String badText(Turn turn, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            return turn.text("notes.write.empty");
        }
        return body.length() > MAX_TEXT ? turn.text("notes.write.too-long", MAX_TEXT) : null;
    }

    /** The note's first line or so, plain text (escape it when rendering). */
    static String preview(Turn turn, Note note) {
        String text = note.text().strip().replaceAll("\\s+", " ");
        if (text.length() > PREVIEW) {
            text = text.substring(0, PREVIEW - 1) + "…";
        }
        if (note.file() != null) {
            String file = turn.text(note.file().kind() == TelegramFile.Kind.PHOTO ? "notes.file.photo" : "notes.file.document");
            text = text.isEmpty() ? file : file + " " + text;
        }
        return text;
    }

    String nameOf(long accountId) {
        return users.accountsByIds(List.of(accountId)).stream().findFirst().map(a -> a.fullName()).orElse("?");
    }

    /** "Saved", with the tags the note got. */
    static String saved(Turn turn, Note note) {
        String tags = note.tags().isEmpty() ? ""
                : turn.text("notes.saved.tags", String.join(", ", note.tags().stream().map(t -> "#" + t).toList()));
        return turn.text("notes.saved", new Texts.Markup(tags));
    }
}

package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.bot.sending.Html;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Actor;
import ua.zalik.notes.Audience;
import ua.zalik.notes.Note;
import ua.zalik.notes.NotesService;
import ua.zalik.notes.TelegramFile;
import ua.zalik.school.SchoolService;

import java.time.format.DateTimeFormatter;

/** One note as its reader sees it: the whole text and where it belongs; Edit and Delete only for its author. */
@Component
class NoteView {

    /** Set by the "show the attachment" button: the next render sends the file again before the note. */
    static final String RESEND = "resend";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final NotesService notes;
    private final NotesChat chat;
    private final SchoolService school;

    NoteView(NotesService notes, NotesChat chat, SchoolService school) {
        this.notes = notes;
        this.chat = chat;
        this.school = school;
    }

    Screen screen(Turn turn, Actor actor, long noteId) {
        String flash = NoteList.flash(turn);
        Note note = notes.find(actor, noteId).orElse(null);
        if (note == null) {
            return Screen.of(flash + turn.text("notes.gone")).row(Screen.choice(turn.text("notes.button.to-list"), "list"));
        }
        String when = SHOWN.format(note.createdAt().atZone(school.school(actor.schoolId()).timezone()));
        StringBuilder html = new StringBuilder(flash).append(turn.text("notes.note.header", when));
        boolean own = note.authorId() == actor.accountId();
        if (!own) {
            html.append('\n').append(turn.text("notes.note.author", chat.nameOf(note.authorId())));
        }
        if (note.file() != null) {
            html.append('\n').append(turn.text(note.file().kind() == TelegramFile.Kind.PHOTO ? "notes.file.photo"
                    : "notes.file.document"));
        }
        html.append("\n\n").append(Html.escape(note.text())).append('\n');
        if (!note.tags().isEmpty()) {
            html.append('\n').append(turn.text("notes.note.tags",
                    String.join(" ", note.tags().stream().map(t -> "#" + t).toList())));
        }
        if (note.subjectId() != null) {
            school.findSubject(note.subjectId()).ifPresent(s -> html.append('\n').append(turn.text("notes.note.subject", s.name())));
        }
        if (note.studentId() != null) {
            html.append('\n').append(turn.text("notes.note.about", chat.nameOf(note.studentId())));
            if (note.audience() == Audience.PARENTS) {
                html.append('\n').append(turn.text("notes.note.parents"));
            }
        }
        if (note.classId() != null) {
            school.findClass(note.classId()).ifPresent(c -> html.append('\n').append(turn.text("notes.note.class", c.name())));
        }
        if (note.questionId() != null) {
            html.append('\n').append(turn.text("notes.note.question"));
        }
        Screen screen = Screen.of(html.toString().strip());
        if (note.file() != null && turn.get(RESEND) != null) {
            screen = screen.resend(new Screen.Resent(note.file().fileId(), note.file().kind() == TelegramFile.Kind.PHOTO));
        }
        turn.remove(RESEND);
        if (note.file() != null) {
            screen = screen.row(Screen.choice(turn.text("notes.button.show-file"), "file"));
        }
        if (own) {
            screen = screen.row(Screen.choice(turn.text("notes.button.edit"), "edit"),
                    Screen.choice(turn.text("notes.button.delete"), "delete"));
        }
        return screen.row(Screen.choice(turn.text("notes.button.to-list"), "list"));
    }
}

package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.notes.Audience;
import ua.zalik.notes.Note;
import ua.zalik.notes.NoteShared;
import ua.zalik.notes.NotesService;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.outbox.EventHandler;
import ua.zalik.school.SchoolService;
import ua.zalik.users.UsersService;

import java.util.List;

/**
 * A note a teacher shared reaches its readers in chat: a class note each of the class's students, a note for parents
 * each of the student's guardians. One NOTE_SHARED notice per note and recipient, so a redelivered event sends nothing
 * twice; a note deleted before the event arrives tells no one.
 */
@Component
class SharedNoteNotices implements EventHandler<NoteShared> {

    static final int SHOWN = 1_000;

    private final NotesService notes;
    private final Notifications notifications;
    private final UsersService users;
    private final SchoolService school;

    SharedNoteNotices(NotesService notes, Notifications notifications, UsersService users, SchoolService school) {
        this.notes = notes;
        this.notifications = notifications;
        this.users = users;
        this.school = school;
    }

    @Override
    public Class<NoteShared> eventType() {
        return NoteShared.class;
    }

    @Override
    public void handle(NoteShared shared) {
        Note note = notes.find(users.actorFor(shared.authorId()), shared.noteId()).orElse(null);
        if (note == null) {
            return;
        }
        String author = users.accountsByIds(List.of(shared.authorId())).stream().findFirst().map(a -> a.fullName()).orElse("");
        String text = note.text().length() > SHOWN ? note.text().substring(0, SHOWN - 1) + "…" : note.text();
        List<Notice.Button> open = List.of(new Notice.Button("notes.button.open-notes", "/notes"));
        if (shared.audience() == Audience.CLASS && shared.classId() != null) {
            String className = school.findClass(shared.classId()).map(c -> c.name()).orElse("");
            for (long student : school.studentIdsOf(shared.classId())) {
                notifications.plan(new Notice(NotificationKind.NOTE_SHARED, student, key(shared, student),
                        "notes.notice.class", List.of(author, className, text), open));
            }
        } else if (shared.audience() == Audience.PARENTS && shared.studentId() != null) {
            String child = users.accountsByIds(List.of(shared.studentId())).stream().findFirst().map(a -> a.fullName()).orElse("");
            for (long parent : users.guardianIdsOf(shared.studentId())) {
                notifications.plan(new Notice(NotificationKind.NOTE_SHARED, parent, key(shared, parent),
                        "notes.notice.parents", List.of(author, child, text), open));
            }
        }
    }

    private static String key(NoteShared shared, long recipient) {
        return "note-shared:" + shared.noteId() + ":" + recipient;
    }
}

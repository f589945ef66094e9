package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.notes.Audience;
import ua.zalik.notes.NewNote;
import ua.zalik.notes.Note;
import ua.zalik.notes.NotesService;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Subject;

/**
 * {@code /note [text]}: writes a note; {@code #hashtags} become its tags. A teacher then says who it is for (themselves,
 * a student of their class with or without the parents, or a whole class); last, the note may be tied to a subject.
 */
@Component
class WriteNoteDialog extends DeclaredDialog<WriteNoteDialog.State> {

    enum State { TEXT, WHO, CLASS, STUDENT, PARENTS, SUBJECT }

    private final NotesService notes;
    private final NotesChat chat;
    private final SchoolService school;
    private final NoteRecipients recipients;

    WriteNoteDialog(NotesService notes, NotesChat chat, SchoolService school, NoteRecipients recipients) {
        super("note", State.class);
        this.notes = notes;
        this.chat = chat;
        this.school = school;
        this.recipients = recipients;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        if (argument == null || argument.isBlank()) {
            return Transition.switchTo(State.TEXT);
        }
        String bad = NotesChat.badText(turn, argument);
        return bad == null ? written(turn, argument) : Transition.stay(bad);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case TEXT -> Window.of(State.class, turn -> Screen.of(turn.text("notes.write.ask"))
                            .row(Screen.choice(turn.text("button.cancel"), "cancel")))
                    .onText((turn, text) -> {
                        String bad = NotesChat.badText(turn, text);
                        return bad == null ? written(turn, text) : Transition.stay(bad);
                    })
                    .onButton((turn, action) -> Transition.cancel())
                    .goesTo(State.WHO, State.SUBJECT)
                    .finishes();
            case WHO -> Window.of(State.class, turn -> Screen.of(turn.text("notes.write.who"))
                            .row(Screen.choice(turn.text("notes.write.button.me"), "me"))
                            .row(Screen.choice(turn.text("notes.write.button.student"), "student"))
                            .row(Screen.choice(turn.text("notes.write.button.class"), "class"))
                            .row(Screen.choice(turn.text("button.cancel"), "cancel")))
                    .onButton(this::onWho)
                    .goesTo(State.CLASS, State.SUBJECT)
                    .finishes();
            case CLASS -> Window.of(State.class, recipients::classes)
                    .onButton(this::onClass)
                    .goesTo(State.STUDENT, State.SUBJECT)
                    .finishes();
            case STUDENT -> Window.of(State.class, recipients::students)
                    .onButton(this::onStudent)
                    .goesTo(State.PARENTS)
                    .finishes();
            case PARENTS -> Window.of(State.class, turn -> Screen.of(turn.text("notes.write.parents", turn.get("studentName")))
                            .row(Screen.choice(turn.text("notes.write.button.private"), "private"),
                                    Screen.choice(turn.text("notes.write.button.parents"), "parents"))
                            .row(Screen.choice(turn.text("button.cancel"), "cancel")))
                    .onButton((turn, action) -> {
                        if ("cancel".equals(action)) {
                            return Transition.cancel();
                        }
                        turn.put("parents", "parents".equals(action));
                        return subjectOrSave(turn);
                    })
                    .goesTo(State.SUBJECT)
                    .finishes();
            case SUBJECT -> Window.of(State.class, this::subjects)
                    .onButton(this::onSubject)
                    .finishes();
        };
    }

    private Transition<State> written(Turn turn, String text) {
        turn.put("text", text.strip());
        Actor actor = chat.actor(turn);
        if (actor.is(Role.TEACHER) && !school.classIdsTaughtBy(actor.accountId()).isEmpty()) {
            return Transition.switchTo(State.WHO);
        }
        return subjectOrSave(turn);
    }

    private Transition<State> onWho(Turn turn, String action) {
        return switch (action) {
            case "me" -> subjectOrSave(turn);
            case "student", "class" -> {
                turn.put("who", action);
                yield Transition.switchTo(State.CLASS);
            }
            case "cancel" -> Transition.cancel();
            default -> Transition.stay(turn.text("dialogs.unexpected"));
        };
    }

    private Transition<State> onClass(Turn turn, String action) {
        if (!action.startsWith("c:")) {
            return Transition.cancel();
        }
        String[] parts = action.split(":", 3);
        turn.put("class", parts[1]);
        turn.put("className", parts[2]);
        return "class".equals(turn.get("who")) ? subjectOrSave(turn) : Transition.switchTo(State.STUDENT);
    }

    private Transition<State> onStudent(Turn turn, String action) {
        if (!action.startsWith("s:")) {
            return Transition.cancel();
        }
        long student = Long.parseLong(action.substring(2));
        if (!recipients.inClass(turn, student)) {
            return Transition.stay(turn.text("dialogs.unexpected"));
        }
        turn.put("student", student);
        turn.put("studentName", chat.nameOf(student));
        return Transition.switchTo(State.PARENTS);
    }

    private Transition<State> subjectOrSave(Turn turn) {
        return chat.subjects(chat.actor(turn)).isEmpty() ? save(turn, null) : Transition.switchTo(State.SUBJECT);
    }

    private Screen subjects(Turn turn) {
        Screen screen = Screen.of(turn.text("notes.write.subject"));
        for (Subject subject : chat.subjects(chat.actor(turn))) {
            screen = screen.row(Screen.choice(subject.name(), "sub:" + subject.id()));
        }
        return screen.row(Screen.choice(turn.text("notes.write.button.no-subject"), "none"))
                .row(Screen.choice(turn.text("button.cancel"), "cancel"));
    }

    private Transition<State> onSubject(Turn turn, String action) {
        if ("cancel".equals(action)) {
            return Transition.cancel();
        }
        Long subject = action.startsWith("sub:") ? Long.valueOf(action.substring(4)) : null;
        return save(turn, subject);
    }

    private Transition<State> save(Turn turn, Long subject) {
        String text = turn.get("text");
        NewNote draft;
        if ("class".equals(turn.get("who"))) {
            draft = NewNote.forClass(text, Long.parseLong(turn.get("class")));
        } else if (turn.get("student") != null) {
            draft = NewNote.aboutStudent(text, Long.parseLong(turn.get("student")), Boolean.parseBoolean(turn.get("parents")));
        } else {
            draft = NewNote.privateNote(text);
        }
        Note note = notes.write(chat.actor(turn), draft.withSubject(subject));
        if (note.classId() != null) {
            return Transition.done(turn.text("notes.saved.class", turn.get("className")));
        }
        if (note.audience() == Audience.PARENTS) {
            return Transition.done(turn.text("notes.saved.parents", turn.get("studentName")));
        }
        return Transition.done(NotesChat.saved(turn, note));
    }
}

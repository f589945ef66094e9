package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.util.Comparator;
import java.util.List;

/** Whom a teacher's note in {@code /note} is for: one of the teacher's classes, then a student of that class. */
@Component
class NoteRecipients {

    static final int MAX_STUDENTS = 40;

    private final NotesChat chat;
    private final SchoolService school;
    private final UsersService users;

    NoteRecipients(NotesChat chat, SchoolService school, UsersService users) {
        this.chat = chat;
        this.school = school;
        this.users = users;
    }

    Screen classes(Turn turn) {
        Screen screen = Screen.of(turn.text("notes.write.class"));
        List<SchoolClass> taught = school.classIdsTaughtBy(chat.actor(turn).accountId()).stream()
                .flatMap(id -> school.findClass(id).stream())
                .sorted(Comparator.comparing(SchoolClass::name)).toList();
        for (SchoolClass c : taught) {
            screen = screen.row(Screen.choice(c.name(), "c:" + c.id() + ":" + c.name()));
        }
        return screen.row(Screen.choice(turn.text("button.cancel"), "cancel"));
    }

    Screen students(Turn turn) {
        List<Account> students = users.accountsByIds(school.studentIdsOf(Long.parseLong(turn.get("class")))).stream()
                .sorted(Comparator.comparing(Account::fullName)).limit(MAX_STUDENTS).toList();
        Screen screen = Screen.of(turn.text("notes.write.student", turn.get("className"))
                + (students.isEmpty() ? "\n" + turn.text("notes.write.no-students") : ""));
        for (int i = 0; i < students.size(); i += 2) {
            Account a = students.get(i);
            screen = i + 1 < students.size()
                    ? screen.row(Screen.choice(a.fullName(), "s:" + a.id()),
                    Screen.choice(students.get(i + 1).fullName(), "s:" + students.get(i + 1).id()))
                    : screen.row(Screen.choice(a.fullName(), "s:" + a.id()));
        }
        return screen.row(Screen.choice(turn.text("button.cancel"), "cancel"));
    }

    /** Whether the student is (still) in the class chosen before: a button may be older than a class change. */
    boolean inClass(Turn turn, long student) {
        return school.studentIdsOf(Long.parseLong(turn.get("class"))).contains(student);
    }
}

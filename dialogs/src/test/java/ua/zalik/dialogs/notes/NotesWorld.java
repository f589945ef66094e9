package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.ChatWorld;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.notes.NewNote;
import ua.zalik.notes.Note;
import ua.zalik.notes.NotesService;
import ua.zalik.school.SchoolService;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.UsersService;

import java.util.Set;

/** A fresh school for each notes test, accounts linked to chats no other test uses, and notes written directly. */
@Component
class NotesWorld {

    private final ChatWorld world;
    private final UsersService users;
    private final SchoolService school;
    private final NotesService notes;

    NotesWorld(ChatWorld world, UsersService users, SchoolService school, NotesService notes) {
        this.world = world;
        this.users = users;
        this.school = school;
        this.notes = notes;
    }

    SchoolFixture.World school() {
        return world.school();
    }

    long link(Account account) {
        return world.link(account);
    }

    /** Another student enrolled in class A. */
    Account studentOfClassA(SchoolFixture.World w, String name) {
        Actor admin = w.actor(w.admin());
        Account student = users.createAccount(admin, new NewAccount(0, name + " " + w.school().id(), null, null,
                Set.of(Role.STUDENT), "uk"));
        school.enrol(admin, w.classA().id(), student.id());
        return student;
    }

    Note write(SchoolFixture.World w, Account author, NewNote note) {
        return notes.write(w.actor(author), note);
    }

    Actor actor(SchoolFixture.World w, Account account) {
        return w.actor(account);
    }
}

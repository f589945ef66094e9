package ua.zalik.dialogs.notes;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.notes.NewNote;
import ua.zalik.notes.Note;
import ua.zalik.notes.NotesService;
import ua.zalik.school.SchoolService;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** A fresh school for each notes test, accounts linked to chats no other test uses, and notes written directly. */
@Component
class NotesWorld {

    private static final AtomicLong CHATS = new AtomicLong(System.nanoTime() % 1_000_000 * 1000 + 700_000_000_000L);

    private final SchoolFixture fixture;
    private final UsersService users;
    private final SchoolService school;
    private final NotesService notes;

    NotesWorld(SchoolFixture fixture, UsersService users, SchoolService school, NotesService notes) {
        this.fixture = fixture;
        this.users = users;
        this.school = school;
        this.notes = notes;
    }

    SchoolFixture.World school() {
        return fixture.create();
    }

    long link(Account account) {
        long chat = CHATS.incrementAndGet();
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, account.language()));
        return chat;
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

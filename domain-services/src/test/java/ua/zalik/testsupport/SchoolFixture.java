package ua.zalik.testsupport;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.UsersService;
import ua.zalik.kernel.Role;
import ua.zalik.school.NewClass;
import ua.zalik.school.NewSchool;
import ua.zalik.school.School;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Subject;
import ua.zalik.school.Teaching;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** Shared with other modules' tests through the test-jar. A fresh school per call: an admin, a teacher of class A (maths), class B nobody teaches, two students, a parent. */
@Component
public class SchoolFixture {

    public record World(School school, Account admin, Account teacher, SchoolClass classA, SchoolClass classB, Subject maths,
                 Account studentA, Account studentB, Account parent, UsersService users) {

        public Actor actor(Account account) {
            return users.actorFor(account.id());
        }
    }

    private final UsersService users;
    private final SchoolService school;

    public SchoolFixture(UsersService users, SchoolService school) {
        this.users = users;
        this.school = school;
    }

    public World create() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        School created = school.createSchool(new NewSchool("School " + tag, ZoneId.of("Europe/Kyiv")));
        Account admin = users.registerAccount(new NewAccount(created.id(), "Admin " + tag, "admin-" + tag + "@test.zalik.ua",
                "admin-password", Set.of(Role.ADMIN), "uk"));
        Actor adminActor = users.actorFor(admin.id());
        Account teacher = users.createAccount(adminActor, new NewAccount(0, "Teacher " + tag, "teacher-" + tag + "@test.zalik.ua",
                "teacher-password", Set.of(Role.TEACHER), "uk"));
        SchoolClass classA = school.createClass(adminActor, new NewClass("7-A", 7, "2026/2027"));
        SchoolClass classB = school.createClass(adminActor, new NewClass("8-B", 8, "2026/2027"));
        Subject maths = school.createSubject(adminActor, "Maths");
        school.assignTeaching(adminActor, new Teaching(teacher.id(), classA.id(), maths.id()));
        Account studentA = users.createAccount(adminActor, new NewAccount(0, "Student A " + tag, null, null, Set.of(Role.STUDENT), "uk"));
        Account studentB = users.createAccount(adminActor, new NewAccount(0, "Student B " + tag, null, null, Set.of(Role.STUDENT), "uk"));
        school.enrol(adminActor, classA.id(), studentA.id());
        school.enrol(adminActor, classB.id(), studentB.id());
        Account parent = users.createAccount(adminActor, new NewAccount(0, "Parent " + tag, "parent-" + tag + "@test.zalik.ua",
                "parent-password", Set.of(Role.PARENT), "uk"));
        users.linkGuardian(adminActor, parent.id(), studentA.id());
        return new World(created, admin, teacher, classA, classB, maths, studentA, studentB, parent, users);
    }
}

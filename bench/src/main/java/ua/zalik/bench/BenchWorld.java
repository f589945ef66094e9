package ua.zalik.bench;

import org.springframework.context.ApplicationContext;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.NotifyService;
import ua.zalik.school.NewClass;
import ua.zalik.school.NewSchool;
import ua.zalik.school.School;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Subject;
import ua.zalik.school.Teaching;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.Category;
import ua.zalik.testing.GradingMethod;
import ua.zalik.testing.NewAssignment;
import ua.zalik.testing.NewCategory;
import ua.zalik.testing.NewTest;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionDraft;
import ua.zalik.testing.ReviewPolicy;
import ua.zalik.testing.Slot;
import ua.zalik.testing.TestSettings;
import ua.zalik.testing.TestView;
import ua.zalik.testing.Tests;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A school made through the facades, as an admin and a teacher would make it: one class of N students, each linked to
 * a Telegram chat, and tests of single-choice questions whose right option is "right" (so a bench can answer it).
 */
final class BenchWorld {

    static final String RIGHT = "right";
    static final String PASSWORD = "bench-password";

    record Given(TestView test, Assignment assignment) {
    }

    record Classroom(School school, Account admin, Account teacher, SchoolClass schoolClass, Subject subject,
                     List<Account> students, List<Long> chats) {
    }

    private final UsersService users;
    private final SchoolService school;
    private final QuestionBank bank;
    private final Tests tests;
    private final Assignments assignments;
    private final NotifyService notify;

    BenchWorld(ApplicationContext context) {
        this.users = context.getBean(UsersService.class);
        this.school = context.getBean(SchoolService.class);
        this.bank = context.getBean(QuestionBank.class);
        this.tests = context.getBean(Tests.class);
        this.assignments = context.getBean(Assignments.class);
        this.notify = context.getBean(NotifyService.class);
    }

    Actor actor(Account account) {
        return users.actorFor(account.id());
    }

    /** A school with one class of {@code students}, linked to chats firstChat, firstChat + 1, ... */
    Classroom classroom(int students, long firstChat, boolean quietNewAssignments) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        School created = school.createSchool(new NewSchool("Bench school " + tag, ZoneId.of("Europe/Kyiv")));
        Account admin = users.registerAccount(new NewAccount(created.id(), "Admin " + tag, "admin-" + tag + "@bench.zalik.ua",
                PASSWORD, Set.of(Role.ADMIN), "uk"));
        Actor adminActor = users.actorFor(admin.id());
        Account teacher = users.createAccount(adminActor, new NewAccount(0, "Teacher " + tag,
                "teacher-" + tag + "@bench.zalik.ua", PASSWORD, Set.of(Role.TEACHER), "uk"));
        SchoolClass schoolClass = school.createClass(adminActor, new NewClass("9-Б", 9, "2026/2027"));
        Subject subject = school.createSubject(adminActor, "Алгебра");
        school.assignTeaching(adminActor, new Teaching(teacher.id(), schoolClass.id(), subject.id()));
        List<Account> accounts = new ArrayList<>();
        List<Long> chats = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Account>> made = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                long chat = firstChat + i;
                String name = "Учень " + (i + 1) + " " + tag;
                made.add(threads.submit(() -> {
                    Account student = users.createAccount(adminActor, new NewAccount(0, name, null, null,
                            Set.of(Role.STUDENT), "uk"));
                    school.enrol(adminActor, schoolClass.id(), student.id());
                    users.linkTelegram(student.id(), new TelegramIdentity(chat, chat, "Учень", null, "uk"));
                    if (quietNewAssignments) {
                        notify.toggle(student.id(), NotificationKind.NEW_ASSIGNMENT);
                    }
                    return student;
                }));
                chats.add(chat);
            }
            for (Future<Account> student : made) {
                accounts.add(student.get());
            }
        }
        return new Classroom(created, admin, teacher, schoolClass, subject, accounts, chats);
    }

    /** A test of {@code questions} single-choice questions (four options, one "right"), given to the class. */
    Given assignTest(Classroom room, String title, int questions) {
        Actor teacher = actor(room.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Bench " + title, room.subject().id(), null));
        List<Slot> slots = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            QuestionBody body = new QuestionBody.SingleChoice(List.of(
                    new QuestionBody.Choice(RIGHT, 1.0, null),
                    new QuestionBody.Choice("wrong " + (q % 7), 0.0, null),
                    new QuestionBody.Choice("also wrong", 0.0, null),
                    new QuestionBody.Choice("not this", 0.0, null)));
            slots.add(Slot.fixed(bank.addQuestion(teacher, category.id(), new QuestionDraft(null,
                    "Питання " + (q + 1) + ": скільки буде " + q + " + " + q + "?", body, null, null, null)).id()));
        }
        TestSettings settings = new TestSettings(null, 1, GradingMethod.HIGHEST, false, true, null,
                new ReviewPolicy(ReviewPolicy.When.AFTER_ATTEMPT, true, false, false, false));
        TestView test = tests.createTest(teacher, new NewTest(title, settings, slots));
        return new Given(test, assignments.assign(teacher, new NewAssignment(test.id(), room.schoolClass().id(), null,
                null, Instant.now().plus(Duration.ofDays(2)), null)));
    }
}

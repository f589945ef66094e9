package ua.zalik.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.school.NewClass;
import ua.zalik.school.NewSchool;
import ua.zalik.school.School;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Subject;
import ua.zalik.school.Teaching;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.UsersService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The demo school of the local profile, seeded once through the facades as an admin would build it. */
class DemoSchool {

    static final String NAME = "Ліцей №1 (демо)";
    static final String PASSWORD = "zalik-demo";
    static final List<String> LOGINS = List.of("admin@demo.zalik.ua", "teacher1@demo.zalik.ua", "teacher2@demo.zalik.ua",
            "parent1@demo.zalik.ua", "student1@demo.zalik.ua");

    private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);
    private static final List<String> SEVENTH = List.of("Олена Бондаренко", "Андрій Шевчук", "Марія Ткаченко", "Дмитро Кравченко",
            "Софія Мельник", "Максим Олійник", "Анна Лисенко", "Іван Савченко", "Катерина Руденко", "Назар Петренко");
    private static final List<String> EIGHTH = List.of("Юлія Мороз", "Богдан Коваленко", "Вікторія Павленко", "Остап Гончаренко",
            "Дарина Кузьменко", "Тарас Марченко", "Ірина Левченко", "Артем Поліщук", "Христина Зайченко", "Роман Бойко");

    private final SchoolService school;
    private final UsersService users;
    private final DemoQuizzes quizzes;

    DemoSchool(SchoolService school, UsersService users, DemoQuizzes quizzes) {
        this.school = school;
        this.users = users;
        this.quizzes = quizzes;
    }

    boolean exists() {
        return school.findSchoolByName(NAME).isPresent();
    }

    @Transactional
    void seed() {
        School lyceum = school.createSchool(new NewSchool(NAME, ZoneId.of("Europe/Kyiv")));
        Account admin = users.registerAccount(new NewAccount(lyceum.id(), "Наталія Адміненко", LOGINS.get(0), PASSWORD,
                Set.of(Role.ADMIN), "uk"));
        Actor asAdmin = users.actorFor(admin.id());
        Account teacher1 = teacher(asAdmin, "Ольга Вчителька", LOGINS.get(1));
        Account teacher2 = teacher(asAdmin, "Петро Науменко", LOGINS.get(2));
        Subject maths = school.createSubject(asAdmin, "Математика");
        Subject ukrainian = school.createSubject(asAdmin, "Українська мова");
        Subject history = school.createSubject(asAdmin, "Історія");
        school.createTerm(asAdmin, "І семестр", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 27));
        school.createTerm(asAdmin, "ІІ семестр", LocalDate.of(2027, 1, 12), LocalDate.of(2027, 5, 30));
        SchoolClass seventh = school.createClass(asAdmin, new NewClass("7-А", 7, "2026/2027"));
        SchoolClass eighth = school.createClass(asAdmin, new NewClass("8-Б", 8, "2026/2027"));
        teach(asAdmin, teacher1, seventh, maths);
        teach(asAdmin, teacher1, eighth, maths);
        teach(asAdmin, teacher2, seventh, ukrainian);
        teach(asAdmin, teacher2, eighth, history);
        List<Account> students = new ArrayList<>();
        students.addAll(enrol(asAdmin, seventh, SEVENTH, true));
        students.addAll(enrol(asAdmin, eighth, EIGHTH, false));
        parent(asAdmin, "Світлана Бондаренко", LOGINS.get(3), students.get(0));
        parent(asAdmin, "Микола Шевчук", null, students.get(1));
        parent(asAdmin, "Галина Мороз", null, students.get(10));
        quizzes.seed(users.actorFor(teacher1.id()), maths, seventh);
        log.info("Seeded the demo school \"{}\": 2 classes, {} students, 3 parents, 3 subjects, a test for 7-А", NAME,
                students.size());
    }

    private Account teacher(Actor asAdmin, String name, String email) {
        return users.createAccount(asAdmin, new NewAccount(0, name, email, PASSWORD, Set.of(Role.TEACHER), "uk"));
    }

    private void teach(Actor asAdmin, Account teacher, SchoolClass schoolClass, Subject subject) {
        school.assignTeaching(asAdmin, new Teaching(teacher.id(), schoolClass.id(), subject.id()));
    }

    private List<Account> enrol(Actor asAdmin, SchoolClass schoolClass, List<String> names, boolean firstHasLogin) {
        List<Account> enrolled = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            boolean login = firstHasLogin && i == 0;
            Account student = users.createAccount(asAdmin, new NewAccount(0, names.get(i), login ? LOGINS.get(4) : null,
                    login ? PASSWORD : null, Set.of(Role.STUDENT), "uk"));
            school.enrol(asAdmin, schoolClass.id(), student.id());
            enrolled.add(student);
        }
        return enrolled;
    }

    private void parent(Actor asAdmin, String name, String email, Account child) {
        Account parent = users.createAccount(asAdmin, new NewAccount(0, name, email, email == null ? null : PASSWORD,
                Set.of(Role.PARENT), "uk"));
        users.linkGuardian(asAdmin, parent.id(), child.id());
    }
}

package ua.zalik.dialogs.quiz;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.Category;
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
import ua.zalik.testing.GradingMethod;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A school whose class A gets a test with one question of every type (fixed order, options shuffled). */
@Component
class QuizWorld {

    /** The text and the right answer of each slot, in the test's order. */
    static final List<String> TYPES = List.of("single", "multiple", "true-false", "short", "numeric", "matching",
            "ordering", "essay");
    static final String FEEDBACK = "well done";

    record Setup(SchoolFixture.World w, TestView test, Assignment assignment) {
    }

    private final SchoolFixture fixture;
    private final QuestionBank bank;
    private final Tests tests;
    private final Assignments assignments;
    private final UsersService users;
    private final SchoolService school;
    private final Clock clock;
    private final ua.zalik.notify.NotifyService notify;

    QuizWorld(SchoolFixture fixture, QuestionBank bank, Tests tests, Assignments assignments, UsersService users,
              SchoolService school, Clock clock, ua.zalik.notify.NotifyService notify) {
        this.notify = notify;
        this.fixture = fixture;
        this.bank = bank;
        this.tests = tests;
        this.assignments = assignments;
        this.users = users;
        this.school = school;
        this.clock = clock;
    }

    static TestSettings settings(Integer timeLimitMinutes) {
        return new TestSettings(timeLimitMinutes, 1, GradingMethod.HIGHEST, false, true, null,
                new ReviewPolicy(ReviewPolicy.When.AFTER_ATTEMPT, true, true, true, true));
    }

    /** Every type, in {@link #TYPES} order; {@code extraStudents} more students join class A first. */
    Setup create(TestSettings settings, int extraStudents) {
        SchoolFixture.World w = fixture.create();
        Actor admin = w.actor(w.admin());
        for (int i = 0; i < extraStudents; i++) {
            Account student = users.createAccount(admin, new NewAccount(0, "Student " + i + " " + UUID.randomUUID(), null, null,
                    Set.of(Role.STUDENT), "uk"));
            school.enrol(admin, w.classA().id(), student.id());
        }
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Everything", w.maths().id(), null));
        List<Slot> slots = new ArrayList<>();
        for (QuestionBody body : bodies()) {
            String text = body.type() == ua.zalik.testing.QuestionType.SINGLE_CHOICE ? "Capital of <Ukraine> & co?"
                    : body.type().name() + " question";
            slots.add(Slot.fixed(bank.addQuestion(teacher, category.id(),
                    new QuestionDraft(null, text, body, "general " + body.type(), null, null)).id()));
        }
        TestView test = tests.createTest(teacher, new NewTest("Everything " + UUID.randomUUID().toString().substring(0, 6),
                settings, slots));
        Assignment assignment = assignments.assign(teacher, new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(2)), null));
        return new Setup(w, test, assignment);
    }

    /** One true/false question with an image. */
    Setup createWithImage(byte[] image) {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Pictures", w.maths().id(), null));
        long question = bank.addQuestion(teacher, category.id(), new QuestionDraft(null, "Is this a triangle?",
                new QuestionBody.TrueFalse(true, FEEDBACK, "no"), null, null, null)).id();
        bank.setImage(teacher, question, image);
        TestView test = tests.createTest(teacher, new NewTest("Shapes " + UUID.randomUUID().toString().substring(0, 6),
                settings(null), List.of(Slot.fixed(question))));
        Assignment assignment = assignments.assign(teacher, new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(2)), null));
        return new Setup(w, test, assignment);
    }

    long link(long accountId, long chat, String language) {
        // these students take tests: the new-assignment notice (tested with /assign) would only interleave with questions
        notify.toggle(accountId, ua.zalik.notify.NotificationKind.NEW_ASSIGNMENT);
        users.linkTelegram(accountId, new TelegramIdentity(chat, chat, "Student", null, language));
        users.setLanguage(accountId, language);
        return chat;
    }

    private static List<QuestionBody> bodies() {
        return List.of(
                new QuestionBody.SingleChoice(List.of(new QuestionBody.Choice("Kyiv", 1.0, FEEDBACK),
                        new QuestionBody.Choice("Lviv", 0.0, "no"), new QuestionBody.Choice("Odesa", 0.0, "no"))),
                new QuestionBody.MultipleChoice(List.of(new QuestionBody.Choice("2", 0.5, null),
                        new QuestionBody.Choice("3", 0.5, null), new QuestionBody.Choice("4", -1.0, null))),
                new QuestionBody.TrueFalse(true, FEEDBACK, "no"),
                new QuestionBody.ShortAnswer(List.of(new QuestionBody.AcceptedAnswer("Dnipro", 1.0, FEEDBACK)), false),
                new QuestionBody.Numeric(List.of(new QuestionBody.NumericAnswer(new BigDecimal("3.14"), new BigDecimal("0.01"),
                        1.0, FEEDBACK))),
                new QuestionBody.Matching(List.of(new QuestionBody.Pair("Ukraine", "Kyiv"),
                        new QuestionBody.Pair("Poland", "Warsaw"), new QuestionBody.Pair("Czechia", "Prague")),
                        List.of("Berlin")),
                new QuestionBody.Ordering(List.of("one", "two", "three", "four")),
                new QuestionBody.Essay("a thesis"));
    }
}

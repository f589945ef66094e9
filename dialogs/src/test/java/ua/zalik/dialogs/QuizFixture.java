package ua.zalik.dialogs;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.AttemptView;
import ua.zalik.testing.Attempts;
import ua.zalik.testing.Category;
import ua.zalik.testing.GradingMethod;
import ua.zalik.testing.NewAssignment;
import ua.zalik.testing.NewCategory;
import ua.zalik.testing.NewTest;
import ua.zalik.testing.Question;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionDraft;
import ua.zalik.testing.Response;
import ua.zalik.testing.ReviewPolicy;
import ua.zalik.testing.Slot;
import ua.zalik.testing.TestSettings;
import ua.zalik.testing.TestView;
import ua.zalik.testing.Tests;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.time.Duration;
import java.util.List;

/** A one-question test ("Fractions": 1/2 + 1/2, the first option right) of the world's teacher, and ways to use it. */
@Component
public class QuizFixture {

    private final QuestionBank bank;
    private final Tests tests;
    private final Assignments assignments;
    private final Attempts attempts;
    private final UsersService users;
    private final TestClock clock;

    QuizFixture(QuestionBank bank, Tests tests, Assignments assignments, Attempts attempts, UsersService users, TestClock clock) {
        this.bank = bank;
        this.tests = tests;
        this.assignments = assignments;
        this.attempts = attempts;
        this.users = users;
        this.clock = clock;
    }

    public TestView fractions(SchoolFixture.World w, ReviewPolicy review) {
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Fractions", w.maths().id(), null));
        Question question = bank.addQuestion(teacher, category.id(), new QuestionDraft(null, "1/2 + 1/2 = ?",
                new QuestionBody.SingleChoice(List.of(new QuestionBody.Choice("1", 1, null), new QuestionBody.Choice("2", 0, null))),
                null, null, null));
        return tests.createTest(teacher, new NewTest("Fractions",
                new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null, review), List.of(Slot.fixed(question.id()))));
    }

    /** A one-question test ("Essay") of the world's teacher: graded only once the teacher grades the essay. */
    public TestView essay(SchoolFixture.World w, ReviewPolicy review) {
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Essays", w.maths().id(), null));
        Question question = bank.addQuestion(teacher, category.id(), new QuestionDraft(null, "Why do fractions add up?",
                new QuestionBody.Essay("a reason"), null, null, null));
        return tests.createTest(teacher, new NewTest("Essay",
                new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null, review), List.of(Slot.fixed(question.id()))));
    }

    /** Given to class A, due after {@code dueIn} on the test clock. */
    public Assignment assignToClassA(SchoolFixture.World w, TestView test, Duration dueIn) {
        return assignments.assign(w.actor(w.teacher()), new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(dueIn), null));
    }

    /** The student starts, answers right and submits outside the chat (as over REST): no result screen, so a result notice. */
    public void handInRight(Assignment assignment, Account student) {
        Actor actor = users.actorFor(student.id());
        AttemptView attempt = attempts.start(actor, assignment.id());
        attempts.answer(actor, attempt.id(), attempt.questions().getFirst().slot(), new Response.Choices(List.of(0)));
        attempts.submit(actor, attempt.id());
    }
}

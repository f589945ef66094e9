package ua.zalik.dialogs.teaching;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.ChatWorld;
import ua.zalik.kernel.Actor;
import ua.zalik.testing.AttemptView;
import ua.zalik.testing.Attempts;
import ua.zalik.testing.Category;
import ua.zalik.testing.NewCategory;
import ua.zalik.testing.NewTest;
import ua.zalik.testing.Question;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionDraft;
import ua.zalik.testing.Response;
import ua.zalik.testing.Slot;
import ua.zalik.testing.TestSettings;
import ua.zalik.testing.TestView;
import ua.zalik.testing.Tests;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;

import java.math.BigDecimal;
import java.util.List;

/** Test data for the teachers' and parents' chats: tests in a teacher's bank, students who take them, linked chats. */
@Component
class Classroom {

    private final ChatWorld world;
    private final QuestionBank bank;
    private final Tests tests;
    private final Attempts attempts;

    Classroom(ChatWorld world, QuestionBank bank, Tests tests, Attempts attempts) {
        this.world = world;
        this.bank = bank;
        this.tests = tests;
        this.attempts = attempts;
    }

    SchoolFixture.World school() {
        return world.school();
    }

    /** A private chat for the account, in its language. */
    long link(Account account) {
        return world.link(account);
    }

    Category category(SchoolFixture.World w, String name) {
        return bank.createCategory(w.actor(w.teacher()), new NewCategory(name, null, null));
    }

    /** A test of one single-choice question ("2 + 2?", option 0 right), and an essay worth 4 points when asked. */
    TestView test(SchoolFixture.World w, String title, boolean withEssay, TestSettings settings) {
        Actor teacher = w.actor(w.teacher());
        Category category = category(w, "Bank " + title);
        Question single = bank.addQuestion(teacher, category.id(), new QuestionDraft(null, "2 + 2?",
                new QuestionBody.SingleChoice(List.of(new QuestionBody.Choice("4", 1.0, null),
                        new QuestionBody.Choice("5", 0.0, null))), null, null, null));
        List<Slot> slots = new java.util.ArrayList<>(List.of(Slot.fixed(single.id())));
        if (withEssay) {
            Question essay = bank.addQuestion(teacher, category.id(), new QuestionDraft(null, "Why is <b>Kyiv</b> old?",
                    new QuestionBody.Essay("two reasons"), null, new BigDecimal("4"), null));
            slots.add(Slot.fixed(essay.id()));
        }
        return tests.createTest(teacher, new NewTest(title, settings, slots));
    }

    /** The student answers the single choice right (and the essay with {@code essay}) and submits. */
    AttemptView takes(SchoolFixture.World w, Account student, long assignmentId, String essay) {
        Actor actor = w.actor(student);
        AttemptView attempt = attempts.start(actor, assignmentId);
        attempts.question(actor, attempt.id(), 0);
        attempts.answer(actor, attempt.id(), 0, new Response.Choices(List.of(0)));
        if (essay != null) {
            attempts.question(actor, attempt.id(), 1);
            attempts.answer(actor, attempt.id(), 1, new Response.Text(essay));
        }
        return attempts.submit(actor, attempt.id());
    }
}

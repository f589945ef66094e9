package ua.zalik.dialogs.parents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.dialogs.ChatTestSupport;
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
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** /children through the fake Telegram: a child's results only as the review policy allows, deadlines to do and missed. */
class ChildrenTests extends ChatTestSupport {

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired QuestionBank bank;
    @Autowired Tests tests;
    @Autowired Assignments assignments;
    @Autowired Attempts attempts;
    @Autowired TestClock clock;

    @Test
    void aParentSeesTheResultOnlyOnceTheReviewOpensAndTheDeadlines() {
        SchoolFixture.World w = fixture.create();
        long parent = newChat();
        users.linkTelegram(w.parent().id(), new TelegramIdentity(parent, parent, "Parent", null, "uk"));
        Actor teacher = w.actor(w.teacher());
        TestView test = test(w, "Geometry", new ReviewPolicy(ReviewPolicy.When.AFTER_CLOSE, true, true, false, false));
        Instant now = clock.instant();
        Assignment taken = assignments.assign(teacher, new NewAssignment(test.id(), w.classA().id(), null, null,
                now.plus(Duration.ofHours(2)), null));
        Assignment missed = assignments.assign(teacher, new NewAssignment(test.id(), w.classA().id(), null, null,
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(10))));
        Assignment upcoming = assignments.assign(teacher, new NewAssignment(test(w, "Poems", null).id(), w.classA().id(),
                null, null, now.plus(Duration.ofDays(5)), null));
        Actor student = w.actor(w.studentA());
        AttemptView attempt = attempts.start(student, taken.id());
        attempts.question(student, attempt.id(), 0);
        attempts.answer(student, attempt.id(), 0, new Response.Choices(List.of(0)));
        attempts.submit(student, attempt.id());

        String before = reply(parent, "/children").text();
        assertThat(before).contains(w.studentA().fullName(), "Geometry: здано; результат учитель ще не відкрив",
                "Треба здати", "Poems — до", "Geometry — до").doesNotContain("оцінка", "Пропущено");

        clock.advance(Duration.ofHours(3));
        String after = reply(parent, "/children").text();
        assertThat(after).contains("Geometry: оцінка 12 (100%)", "Poems — до", "Пропущено", "Geometry — термін минув");
        assertThat(missed.id()).isNotEqualTo(upcoming.id());
    }

    @Test
    void aParentWithoutChildrenIsToldInEnglishAndTeachersCannotAsk() {
        SchoolFixture.World w = fixture.create();
        users.unlinkGuardian(w.actor(w.admin()), w.parent().id(), w.studentA().id());
        users.setLanguage(w.parent().id(), "en");
        long parent = newChat();
        users.linkTelegram(w.parent().id(), new TelegramIdentity(parent, parent, "Parent", null, "en"));
        long teacher = newChat();
        users.linkTelegram(w.teacher().id(), new TelegramIdentity(teacher, teacher, "Teacher", null, "uk"));

        assertThat(reply(parent, "/children").text()).startsWith("No child is linked to your account yet.");
        assertThat(reply(teacher, "/children").text()).startsWith("Ця команда не для вашої ролі");
    }

    private TestView test(SchoolFixture.World w, String title, ReviewPolicy review) {
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("For " + title, null, null));
        Question question = bank.addQuestion(teacher, category.id(), new QuestionDraft(null, "2 + 2?",
                new QuestionBody.SingleChoice(List.of(new QuestionBody.Choice("4", 1.0, null),
                        new QuestionBody.Choice("5", 0.0, null))), null, null, null));
        return tests.createTest(teacher, new NewTest(title, new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null,
                review), List.of(Slot.fixed(question.id()))));
    }
}

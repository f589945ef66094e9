package ua.zalik.testing;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.testsupport.SchoolFixture;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A fresh school with a bank holding one question of each type and a test of them all, ready to assign to class A. */
@Component
class TestingWorld {

    record Setup(SchoolFixture.World w, Category category, List<Question> questions, TestView test, Assignments assignments,
                 Clock clock) {

        Actor teacher() {
            return w.actor(w.teacher());
        }

        Actor admin() {
            return w.actor(w.admin());
        }

        Actor studentA() {
            return w.actor(w.studentA());
        }

        Assignment assign() {
            return assignments.assign(teacher(), new NewAssignment(test.id(), w.classA().id(), null, null,
                    clock.instant().plus(Duration.ofDays(1)), null));
        }

        Question question(QuestionType type) {
            return questions.stream().filter(q -> q.type() == type).findFirst().orElseThrow();
        }
    }

    private final SchoolFixture fixture;
    private final QuestionBank bank;
    private final Tests tests;
    private final Assignments assignments;
    private final Clock clock;

    TestingWorld(SchoolFixture fixture, QuestionBank bank, Tests tests, Assignments assignments, Clock clock) {
        this.fixture = fixture;
        this.bank = bank;
        this.tests = tests;
        this.assignments = assignments;
        this.clock = clock;
    }

    Setup create(TestSettings settings) {
        return create(settings, GraderTests.SINGLE, GraderTests.MULTIPLE, GraderTests.TRUE_FALSE, GraderTests.SHORT,
                GraderTests.NUMERIC, GraderTests.MATCHING, GraderTests.ORDERING, new QuestionBody.Essay("thesis"));
    }

    Setup create(TestSettings settings, QuestionBody... bodies) {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Mixed", w.maths().id(), null));
        List<Question> questions = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        for (QuestionBody body : bodies) {
            Question q = bank.addQuestion(teacher, category.id(),
                    new QuestionDraft(null, body.type() + " question", body, "general " + body.type(), null, null));
            questions.add(q);
            slots.add(Slot.fixed(q.id()));
        }
        TestView test = tests.createTest(teacher, new NewTest("Everything", settings, slots));
        return new Setup(w, category, questions, test, assignments, clock);
    }
}

package ua.zalik.rest.matrix;

import ua.zalik.kernel.Actor;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.AttemptView;
import ua.zalik.testing.Attempts;
import ua.zalik.testing.Category;
import ua.zalik.testing.GradingMethod;
import ua.zalik.testing.NewAssignment;
import ua.zalik.testing.NewCategory;
import ua.zalik.testing.NewOverride;
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
import ua.zalik.testsupport.SchoolFixture.World;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * School A's testing objects, all the teacher of class A's: a category with a true/false question (with an image), an
 * essay and a spare one, an empty category, a test of the first two (reviews right after the attempt) assigned to
 * class A, an override for student A, student A's submitted attempt with an essay waiting for grading and their
 * second attempt in progress, and a test never assigned.
 */
record TestingScene(long category, long emptyCategory, long question, long spareQuestion, long test, long unassignedTest,
                    long assignment, long finishedAttempt, long attemptInProgress) {

    static TestingScene of(World a, QuestionBank bank, Tests tests, Assignments assignments, Attempts attempts, Clock clock) {
        Actor teacher = a.actor(a.teacher());
        Actor student = a.actor(a.studentA());
        Category category = bank.createCategory(teacher, new NewCategory("Geography", a.maths().id(), null));
        Category empty = bank.createCategory(teacher, new NewCategory("Empty", null, null));
        Question trueFalse = bank.addQuestion(teacher, category.id(), new QuestionDraft("Kyiv", "Kyiv is the capital?",
                new QuestionBody.TrueFalse(true, "yes", "no"), null, null, List.of("geo")));
        bank.setImage(teacher, trueFalse.id(), new byte[]{1, 2, 3});
        Question essay = bank.addQuestion(teacher, category.id(), new QuestionDraft("Essay", "Describe Kyiv",
                new QuestionBody.Essay("mention the river"), null, null, null));
        Question spare = bank.addQuestion(teacher, category.id(), new QuestionDraft("Spare", "Spare question",
                new QuestionBody.TrueFalse(false, null, null), null, null, null));
        ReviewPolicy afterAttempt = new ReviewPolicy(ReviewPolicy.When.AFTER_ATTEMPT, true, true, true, true);
        TestView test = tests.createTest(teacher, new NewTest("Capitals", new TestSettings(null, 3, GradingMethod.HIGHEST,
                false, false, null, afterAttempt), List.of(Slot.fixed(trueFalse.id()), Slot.fixed(essay.id()))));
        TestView unassigned = tests.createTest(teacher, new NewTest("Draft", null, List.of(Slot.fixed(trueFalse.id()))));
        Assignment assignment = assignments.assign(teacher, new NewAssignment(test.id(), a.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(30)), null));
        assignments.override(teacher, assignment.id(), new NewOverride(List.of(a.studentA().id()), null, 4, null, null));
        AttemptView finished = attempts.start(student, assignment.id());
        attempts.answer(student, finished.id(), 0, new Response.TrueFalse(true));
        attempts.answer(student, finished.id(), 1, new Response.Text("Kyiv stands on the Dnipro"));
        attempts.submit(student, finished.id());
        AttemptView inProgress = attempts.start(student, assignment.id());
        return new TestingScene(category.id(), empty.id(), trueFalse.id(), spare.id(), test.id(), unassigned.id(),
                assignment.id(), finished.id(), inProgress.id());
    }
}

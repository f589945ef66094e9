package ua.zalik.demo;

import ua.zalik.kernel.Actor;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.Subject;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.Category;
import ua.zalik.testing.GradingMethod;
import ua.zalik.testing.NewAssignment;
import ua.zalik.testing.NewCategory;
import ua.zalik.testing.NewTest;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionBody.AcceptedAnswer;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionDraft;
import ua.zalik.testing.ReviewPolicy;
import ua.zalik.testing.Slot;
import ua.zalik.testing.TestSettings;
import ua.zalik.testing.TestView;
import ua.zalik.testing.Tests;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The demo teacher's bank: a maths category with a question of every type, and a test of them given to 7-А for a week. */
class DemoQuizzes {

    static final String TEST_TITLE = "Дроби: самоперевірка";

    private final QuestionBank bank;
    private final Tests tests;
    private final Assignments assignments;
    private final Clock clock;

    DemoQuizzes(QuestionBank bank, Tests tests, Assignments assignments, Clock clock) {
        this.bank = bank;
        this.tests = tests;
        this.assignments = assignments;
        this.clock = clock;
    }

    void seed(Actor teacher, Subject maths, SchoolClass seventh) {
        Category fractions = bank.createCategory(teacher, new NewCategory("Дроби", maths.id(), null));
        List<Slot> slots = new ArrayList<>();
        for (QuestionDraft draft : questions()) {
            slots.add(Slot.fixed(bank.addQuestion(teacher, fractions.id(), draft).id()));
        }
        TestView test = tests.createTest(teacher, new NewTest(TEST_TITLE, new TestSettings(20, 2, GradingMethod.HIGHEST,
                true, true, new BigDecimal("60"), new ReviewPolicy(ReviewPolicy.When.AFTER_ATTEMPT, true, true, true, true)), slots));
        assignments.assign(teacher, new NewAssignment(test.id(), seventh.id(), null, null,
                clock.instant().plus(Duration.ofDays(7)), null));
    }

    private static List<QuestionDraft> questions() {
        return List.of(
                draft("Скільки буде 1/2 + 1/4?", new QuestionBody.SingleChoice(List.of(
                        new Choice("3/4", 1, "Так: 2/4 + 1/4 = 3/4."), new Choice("2/6", 0, "Знаменники не додають."),
                        new Choice("1/6", 0, null)))),
                draft("Які дроби дорівнюють 1/2?", new QuestionBody.MultipleChoice(List.of(
                        new Choice("2/4", 0.5, null), new Choice("5/10", 0.5, null), new Choice("2/3", -0.5, "2/3 більше за 1/2."),
                        new Choice("1/3", -0.5, null)))),
                draft("Дріб 3/3 дорівнює одиниці.", new QuestionBody.TrueFalse(true, "Так: чисельник дорівнює знаменнику.", null)),
                draft("Як називають число під рискою дробу?", new QuestionBody.ShortAnswer(List.of(
                        new AcceptedAnswer("знаменник", 1, null), new AcceptedAnswer("знамен*", 0.5, "Майже: перевірте написання.")),
                        false)),
                draft("Запишіть 3/4 десятковим дробом.", new QuestionBody.Numeric(List.of(
                        new QuestionBody.NumericAnswer(new BigDecimal("0.75"), BigDecimal.ZERO, 1, null)))),
                draft("Зіставте дроби з десятковими записами.", new QuestionBody.Matching(List.of(
                        new QuestionBody.Pair("1/2", "0,5"), new QuestionBody.Pair("1/4", "0,25"), new QuestionBody.Pair("1/5", "0,2")),
                        List.of("0,3"))),
                draft("Розташуйте від меншого до більшого.", new QuestionBody.Ordering(List.of("1/8", "1/4", "1/2", "3/4"))),
                draft("Поясніть своїми словами, навіщо зводити дроби до спільного знаменника.", new QuestionBody.Essay(
                        "Очікуємо: однакові частини можна додавати й порівнювати.")));
    }

    private static QuestionDraft draft(String text, QuestionBody body) {
        return new QuestionDraft(null, text, body, null, null, List.of("дроби"));
    }
}

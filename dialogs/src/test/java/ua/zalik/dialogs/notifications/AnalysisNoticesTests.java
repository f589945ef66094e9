package ua.zalik.dialogs.notifications;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.PlannedNotices;
import ua.zalik.notify.NotificationKind;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.outbox.Outbox;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.AssignmentClosed;
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
import ua.zalik.users.NewAccount;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed assignment's item analysis reaches its teacher once, naming the suspicious question; students hear nothing of it. */
class AnalysisNoticesTests extends ChatTestSupport {

    /**
     * Six students, four true/false questions. Questions 1-3 are answered right by the stronger students; question 4
     * only by the weaker ones, so its discrimination is negative (and no question is under 5% or over 95%).
     */
    private static final boolean[][] RIGHT = {
            {true, true, true, false},
            {true, true, true, false},
            {true, true, false, false},
            {true, false, false, true},
            {false, false, false, true},
            {false, false, false, true}};

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired SchoolService school;
    @Autowired QuestionBank bank;
    @Autowired Tests tests;
    @Autowired Assignments assignments;
    @Autowired Attempts attempts;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;
    @Autowired PlannedNotices planned;
    @Autowired AssignmentCloses closes;

    @Test
    void theTeacherGetsOneMessageNamingTheQuestionWithNegativeDiscriminationAndItsTable() {
        SchoolFixture.World w = fixture.create();
        Actor admin = w.actor(w.admin());
        Actor teacher = w.actor(w.teacher());
        List<Account> students = new ArrayList<>(List.of(w.studentA()));
        for (int i = 1; i < RIGHT.length; i++) {
            Account student = users.createAccount(admin, new NewAccount(0, "Analysed " + i, null, null, Set.of(Role.STUDENT), "uk"));
            school.enrol(admin, w.classA().id(), student.id());
            students.add(student);
        }
        long teacherChat = link(w.teacher());
        List<Long> studentChats = students.stream().map(this::link).toList();
        Category category = bank.createCategory(teacher, new NewCategory("Geography", w.maths().id(), null));
        List<Slot> slots = new ArrayList<>();
        for (String name : List.of("Kyiv is a capital", "The Dnipro is a river", "Hoverla is a mountain", "Lviv is <b>by the sea</b>")) {
            Question q = bank.addQuestion(teacher, category.id(), new QuestionDraft(name, name + "?",
                    new QuestionBody.TrueFalse(true, null, null), null, null, null));
            slots.add(Slot.fixed(q.id()));
        }
        TestView test = tests.createTest(teacher, new NewTest("Geography",
                new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null, ReviewPolicy.SCORE_AFTER_ATTEMPT), slots));
        Assignment assignment = assignments.assign(teacher, new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(1)), null));
        for (int i = 0; i < students.size(); i++) {
            Actor student = w.actor(students.get(i));
            AttemptView attempt = attempts.start(student, assignment.id());
            for (int slot = 0; slot < 4; slot++) {
                attempts.answer(student, attempt.id(), slot, new Response.TrueFalse(RIGHT[i][slot]));
            }
            attempts.submit(student, attempt.id());
        }

        // the close event, delivered twice
        for (int i = 0; i < 2; i++) {
            transactions.executeWithoutResult(status -> outbox.record(new AssignmentClosed(assignment.id(), test.id(), Instant.now())));
        }

        await(() -> FAKE.textsTo(teacherChat).stream().anyMatch(t -> t.startsWith("Завдання Geography закрито")));
        FakeMessage notice = FAKE.messagesTo(teacherChat).stream().filter(m -> m.text().startsWith("Завдання Geography закрито"))
                .findFirst().orElseThrow();
        assertThat(notice.text()).isEqualTo("Завдання Geography закрито. Аналіз питань за 6 спробами — варто перевірити:\n"
                + "П4 «Lviv is <b>by the sea</b>»: дискримінація нижче 0 — чи правильний ключ?");
        assertThat(notice.html()).contains("«Lviv is &lt;b&gt;by the sea&lt;/b&gt;»");
        assertThat(notice.keyboard()).singleElement().satisfies(row -> {
            assertThat(row).extracting(FakeMessage.Button::text).containsExactly("Таблиця питань", "Відкрити на дашборді");
            assertThat(row.get(1).url()).isEqualTo("https://dashboard.zalik.test/analysis/" + assignment.id());
        });

        press(teacherChat, notice, "Таблиця питань");
        await(() -> FAKE.textsTo(teacherChat).stream().anyMatch(t -> t.startsWith("Geography: аналіз питань")));
        String table = FAKE.textsTo(teacherChat).stream().filter(t -> t.startsWith("Geography: аналіз питань")).findFirst().orElseThrow();
        assertThat(table).contains("(6)", "П1 «Kyiv is a capital»: легкість 67%", "П2 «The Dnipro is a river»: легкість 50%",
                "П3 «Hoverla is a mountain»: легкість 33%", "П4 «Lviv is <b>by the sea</b>»: легкість 50%, дискримінація -",
                "⚠️ дискримінація нижче 0");

        closes.awaitFinished(closed -> closed.assignmentId() == assignment.id(), 2);
        assertThat(planned.count(w.teacher().id(), NotificationKind.ASSIGNMENT_CLOSED)).isEqualTo(1);
        for (Account student : students) {
            assertThat(planned.count(student.id(), NotificationKind.ASSIGNMENT_CLOSED)).isZero();
        }
        assertThat(FAKE.textsTo(teacherChat)).filteredOn(t -> t.startsWith("Завдання Geography закрито")).hasSize(1);
        for (long chat : studentChats) {
            assertThat(FAKE.textsTo(chat)).noneMatch(t -> t.contains("Аналіз питань") || t.contains("дискримінація"));
        }
    }

    @Test
    void theTableCommandShowsNothingOfAnotherTeachersAssignment() {
        SchoolFixture.World w = fixture.create();
        SchoolFixture.World other = fixture.create();
        long otherChat = link(other.teacher());
        TestView test = quizTest(w);
        Assignment assignment = assignments.assign(w.actor(w.teacher()), new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(1)), null));

        assertThat(reply(otherChat, "/analysis " + assignment.id()).text()).isEqualTo("Такого вашого завдання немає. /analysis покаже ваші завдання.");
        assertThat(reply(otherChat, "/analysis").text()).startsWith("Завдань для аналізу ще немає");
    }

    private TestView quizTest(SchoolFixture.World w) {
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Quick", w.maths().id(), null));
        Question q = bank.addQuestion(teacher, category.id(), new QuestionDraft("One", "One?",
                new QuestionBody.TrueFalse(true, null, null), null, null, null));
        return tests.createTest(teacher, new NewTest("Quick", TestSettings.DEFAULT, List.of(Slot.fixed(q.id()))));
    }

    private long link(Account account) {
        long chat = newChat();
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, "uk"));
        return chat;
    }
}

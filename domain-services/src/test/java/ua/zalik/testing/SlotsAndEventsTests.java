package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ConflictException;
import ua.zalik.notify.ReminderDue;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SlotsAndEventsTests {

    @Autowired SchoolFixture fixture;
    @Autowired QuestionBank bank;
    @Autowired Tests tests;
    @Autowired Assignments assignments;
    @Autowired Attempts attempts;
    @Autowired Results results;
    @Autowired AssignmentCloser closer;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRandomSlotPicksDistinctQuestionsOfItsCategoryBesideTheFixedOnesWithTheSlotsPoints() {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category pool = bank.createCategory(teacher, new NewCategory("Pool", null, null));
        Set<Long> poolIds = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            poolIds.add(bank.addQuestion(teacher, pool.id(), Questions.single("Pool question " + i)).id());
        }
        long fixed = poolIds.iterator().next();
        TestView test = tests.createTest(teacher, new NewTest("Random", null,
                List.of(Slot.fixed(fixed), new Slot(null, pool.id(), 3, new BigDecimal("2.5")))));
        Assignment assignment = assign(w, test);

        AttemptView attempt = attempts.start(w.actor(w.studentA()), assignment.id());

        List<Long> asked = jdbc.queryForList("select (e->>'questionId')::bigint from testing.attempt, jsonb_array_elements(layout->'slots') e "
                + "where id = ?", Long.class, attempt.id());
        assertThat(asked).hasSize(4).doesNotHaveDuplicates().first().isEqualTo(fixed);
        assertThat(poolIds).containsAll(asked);
        assertThat(attempt.questions()).extracting(v -> v.points().stripTrailingZeros().toPlainString())
                .containsExactly("1", "2.5", "2.5", "2.5");
    }

    @Test
    void aCategoryWithTooFewQuestionsStopsTheStartWithAClearMessage() {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category pool = bank.createCategory(teacher, new NewCategory("Small pool", null, null));
        bank.addQuestion(teacher, pool.id(), Questions.single("Only one"));
        TestView test = tests.createTest(teacher, new NewTest("Too many", null, List.of(Slot.random(pool.id(), 2))));
        Assignment assignment = assign(w, test);

        assertThatThrownBy(() -> attempts.start(w.actor(w.studentA()), assignment.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("needs to add questions");
    }

    @Test
    void averageGradingAveragesTheAttempts() {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Actor student = w.actor(w.studentA());
        Category category = bank.createCategory(teacher, new NewCategory("Avg", null, null));
        Question q = bank.addQuestion(teacher, category.id(), Questions.single("Pick right"));
        TestView test = tests.createTest(teacher, new NewTest("Average", new TestSettings(null, 2, GradingMethod.AVERAGE, false, false,
                null, null), List.of(Slot.fixed(q.id()))));
        Assignment assignment = assign(w, test);

        AttemptView first = attempts.start(student, assignment.id());
        attempts.answer(student, first.id(), 0, new Response.Choices(List.of(first.questions().getFirst().options().indexOf("right"))));
        attempts.submit(student, first.id());
        attempts.submit(student, attempts.start(student, assignment.id()).id());

        ResultsTable table = results.resultsTable(teacher, assignment.id());
        assertThat(table.rows().getFirst().total().percent()).isEqualByComparingTo("50");
        assertThat(table.rows().getFirst().total().grade()).isEqualTo(4);
    }

    @Test
    void theCloseReminderBecomesOneAssignmentClosedEventEvenIfDeliveredTwice() {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Close", null, null));
        TestView test = tests.createTest(teacher, new NewTest("Closing", null,
                List.of(Slot.fixed(bank.addQuestion(teacher, category.id(), Questions.single("q")).id()))));
        Assignment assignment = assign(w, test);
        ReminderDue due = new ReminderDue(1, Assignments.CLOSE_REMINDER, "assignment:" + assignment.id(),
                Map.of("assignmentId", String.valueOf(assignment.id())));

        closer.handle(due);
        assertThat(closedEvents(assignment.id())).isZero();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        closer.handle(due);
        closer.handle(due);
        assertThat(closedEvents(assignment.id())).isEqualTo(1);
    }

    private Assignment assign(SchoolFixture.World w, TestView test) {
        return assignments.assign(w.actor(w.teacher()), new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(1)), null));
    }

    private int closedEvents(long assignmentId) {
        return jdbc.queryForObject("select count(*) from outbox.event where type = 'AssignmentClosed' and (payload->>'assignmentId')::bigint = ?",
                Integer.class, assignmentId);
    }
}

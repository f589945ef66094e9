package ua.zalik.testing;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.Role;
import ua.zalik.notify.ReminderDue;
import ua.zalik.school.SchoolService;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.UsersService;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statistics consumer: figures per assignment and class, and one debounced item-analysis refresh per burst. */
@SpringBootTest
class StatisticsTests {

    @Autowired TestingWorld worlds;
    @Autowired Attempts attempts;
    @Autowired Statistics statistics;
    @Autowired ItemAnalyses analyses;
    @Autowired AssignmentMapper assignmentMapper;
    @Autowired StatisticsUpdates.OnSubmitted onSubmitted;
    @Autowired StatisticsUpdates.OnGraded onGraded;
    @Autowired StatisticsUpdates.OnRefreshDue onRefreshDue;
    @Autowired UsersService users;
    @Autowired SchoolService school;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;

    @Test
    void aClassOfThirtyFinishingTogetherCostsOneRecomputeWithFiguresAsCountedByHand() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE, GraderTests.SINGLE);
        List<Actor> students = new ArrayList<>(List.of(s.studentA()));
        for (int i = 1; i < 30; i++) {
            Account student = users.createAccount(s.admin(), new NewAccount(0, "Student " + i, null, null, Set.of(Role.STUDENT), "uk"));
            school.enrol(s.admin(), s.w().classA().id(), student.id());
            students.add(s.w().actor(student));
        }
        Assignment assignment = s.assign();
        double recomputesBefore = meters.counter("zalik.statistics.recomputes").count();
        // 8 get both questions wrong (0%), 7 get one right (50%), 15 both (100%): mean 61.67, median (50 + 100) / 2 = 75
        List<Long> started = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            Actor student = students.get(i);
            AttemptView attempt = attempts.start(student, assignment.id());
            int right = i < 8 ? 0 : i < 15 ? 1 : 2;
            for (int slot = 0; slot < 2; slot++) {
                QuestionView view = attempts.question(student, attempt.id(), slot);
                attempts.answer(student, attempt.id(), slot, slot < right ? Answers.right(view) : Answers.wrong(view));
            }
            started.add(attempt.id());
        }
        for (int i = 0; i < students.size(); i++) {
            attempts.submit(students.get(i), started.get(i));
        }

        await(() -> refreshes(assignment.id()) > 0 && figures(assignment.id(), "attempts_graded") == 30);
        sleep(Duration.ofSeconds(4)); // past another debounce window: a second refresh would have been planned by now
        assertThat(refreshes(assignment.id())).as("one recompute for the whole class").isEqualTo(1);
        assertThat(pendingRefreshes(assignment.id())).isZero();
        assertThat(meters.counter("zalik.statistics.recomputes").count() - recomputesBefore).isGreaterThanOrEqualTo(1);

        AssignmentStatistics shown = statistics.assignmentFigures(s.teacher(), assignment.id());
        assertThat(shown).extracting(AssignmentStatistics::students, AssignmentStatistics::studentsSubmitted,
                AssignmentStatistics::attemptsSubmitted, AssignmentStatistics::attemptsGraded).containsExactly(30, 30, 30, 30);
        assertThat(shown.meanPercent()).isEqualByComparingTo(new BigDecimal("61.67"));
        assertThat(shown.medianPercent()).isEqualByComparingTo(new BigDecimal("75.00"));
        ClassStatistics ofClass = statistics.classFigures(s.teacher(), s.w().classA().id());
        assertThat(ofClass).extracting(ClassStatistics::assignments, ClassStatistics::results, ClassStatistics::attemptsSubmitted)
                .containsExactly(1, 30, 30);
        assertThat(ofClass.meanPercent()).isEqualByComparingTo(new BigDecimal("61.67"));
        assertThat(ofClass.medianPercent()).isEqualByComparingTo(new BigDecimal("75.00"));

        // a redelivered event (and a redelivered refresh) changes nothing
        Instant updated = shown.updatedAt();
        onSubmitted.handle(new AttemptSubmitted(started.getFirst(), assignment.id(), students.getFirst().accountId(), 1, false, updated));
        onGraded.handle(new AttemptGraded(started.getFirst(), assignment.id(), students.getFirst().accountId(), BigDecimal.ZERO,
                new BigDecimal(2), BigDecimal.ZERO, 1, AttemptGraded.Occasion.SUBMITTED));
        onRefreshDue.handle(new ReminderDue(0, Statistics.REFRESH_REMINDER, "assignment:" + assignment.id(),
                Map.of("assignmentId", String.valueOf(assignment.id()))));
        assertThat(refreshes(assignment.id())).isEqualTo(1);
        assertThat(pendingRefreshes(assignment.id())).isZero();
        AssignmentStatistics again = statistics.assignmentFigures(s.teacher(), assignment.id());
        assertThat(again).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(shown);

        assertThatThrownBy(() -> statistics.classFigures(s.studentA(), s.w().classA().id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statistics.assignmentFigures(s.studentA(), assignment.id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void readsServeTheStoredAnalysisWhileFreshAndComputeOnceTheAttemptsChanged() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        Assignment assignment = s.assign();
        AttemptView attempt = attempts.start(s.studentA(), assignment.id());
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true));
        attempts.submit(s.studentA(), attempt.id());
        StoredAssignment stored = assignmentMapper.findAssignment(assignment.id());
        await(() -> refreshes(assignment.id()) > 0);

        TestAnalysis computed = analyses.compute(stored, AttemptSelection.LAST);
        assertThat(jdbc.queryForObject("select jsonb_exists_any(report, array['analysed', 'meanTotal', 'maxTotal']) or jsonb_exists(report->'questions'->0, 'flagNames') "
                + "from testing.item_analysis where assignment_id = ? and selection = 'LAST'", Boolean.class, assignment.id()))
                .as("the JSON keeps the REST shape: the chat's conveniences are no properties").isFalse();
        assertThat(statistics.assignment(s.teacher(), assignment.id(), AttemptSelection.LAST)).isEqualTo(computed);
        // mark the stored report so a read of it shows
        jdbc.update("update testing.item_analysis set report = jsonb_set(report, '{waitingForGrading}', '7') "
                + "where assignment_id = ? and selection = 'LAST'", assignment.id());
        assertThat(statistics.assignment(s.teacher(), assignment.id(), AttemptSelection.LAST).waitingForGrading()).isEqualTo(7);
        assertThat(statistics.assignmentIfManaged(s.teacher(), assignment.id())).isPresent();
        assertThat(statistics.assignmentIfManaged(s.studentA(), assignment.id())).isEmpty();

        // a regrade changes the marks: the stored report is stale and the read computes
        jdbc.update("update testing.answer set fraction = 0 where attempt_id = ?", attempt.id());
        assertThat(statistics.assignment(s.teacher(), assignment.id(), AttemptSelection.LAST).waitingForGrading()).isZero();
        assertThat(statistics.assignment(s.teacher(), assignment.id(), AttemptSelection.LAST).questions().getFirst().statistics().facility())
                .isEqualTo(0.0);
    }

    private int refreshes(long assignmentId) {
        return jdbc.queryForObject("select coalesce(max(refreshes), 0) from testing.item_analysis where assignment_id = ?",
                Integer.class, assignmentId);
    }

    private int pendingRefreshes(long assignmentId) {
        return jdbc.queryForObject("select count(*) from notify.reminder where kind = ? and subject_key = ? and state = 'PENDING'",
                Integer.class, Statistics.REFRESH_REMINDER, "assignment:" + assignmentId);
    }

    private int figures(long assignmentId, String column) {
        List<Integer> found = jdbc.queryForList("select " + column + " from testing.assignment_statistics where assignment_id = ?",
                Integer.class, assignmentId);
        return found.isEmpty() ? -1 : found.getFirst();
    }

    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met in time");
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

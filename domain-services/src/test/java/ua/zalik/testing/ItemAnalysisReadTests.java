package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.UsersService;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Item analysis reads an assignment's marks by assignment ({@link AttemptMarksReader}): the same report as from the
 * response matrix, and no limit on the number of attempts from the database's bind parameters (the speed itself is
 * the item-analysis benchmark's, bench/). What it reads is kept in each attempt's row when the attempt is settled; a
 * row without it (a bulk copy) is read from its layout and answers.
 */
@SpringBootTest
class ItemAnalysisReadTests {

    @Autowired TestingWorld worlds;
    @Autowired Attempts attempts;
    @Autowired ItemAnalyses analyses;
    @Autowired Results results;
    @Autowired AssignmentMapper assignmentMapper;
    @Autowired AttemptMapper attemptMapper;
    @Autowired UsersService users;
    @Autowired SchoolService school;
    @Autowired JdbcTemplate jdbc;
    @Autowired Grading grading;

    @Test
    void theReportReadByAssignmentIsTheOneFromTheResponseMatrix() {
        TestSettings settings = new TestSettings(null, 2, GradingMethod.HIGHEST, true, true, null, ReviewPolicy.SCORE_AFTER_ATTEMPT);
        TestingWorld.Setup s = worlds.create(settings, GraderTests.TRUE_FALSE, GraderTests.SINGLE, GraderTests.MULTIPLE,
                GraderTests.MATCHING, new QuestionBody.Essay("a thesis"));
        List<Actor> students = classOf(s, 7);
        Assignment assignment = s.assign();
        for (int i = 0; i < students.size(); i++) {
            Actor student = students.get(i);
            for (int number = 0; number < (i < 2 ? 2 : 1); number++) {
                AttemptView attempt = attempts.start(student, assignment.id());
                for (int slot = 0; slot < 5; slot++) {
                    QuestionView view = attempts.question(student, attempt.id(), slot);
                    // the questions are shuffled by ids (Layouts seeds by assignment, student and number), and the ids
                    // depend on what the suite created before: whether an attempt waits for its teacher is chosen by
                    // student and number here, not by the essay's slot, so that each selection has attempts that do and
                    // attempts that do not (by slot, the first attempts of all seven students were seen to answer it)
                    boolean answered = view.type() == QuestionType.ESSAY ? (i + number) % 2 == 0 : (slot + i + number) % 4 != 3;
                    if (!answered) {
                        continue;
                    }
                    attempts.answer(student, attempt.id(), slot, view.type() == QuestionType.ESSAY ? new Response.Text("my thesis " + i)
                            : (slot * 3 + i + number) % 5 < 3 ? Answers.right(view) : Answers.wrong(view));
                }
                attempts.submit(student, attempt.id());
            }
        }
        StoredAssignment stored = assignmentMapper.findAssignment(assignment.id());
        for (AttemptSelection selection : AttemptSelection.values()) {
            ResponseMatrix matrix = results.responseMatrix(stored);
            TestAnalysis fromMatrix = analyses.analyse(assignment.id(), matrix.testId(), matrix.rows(), results.finished(assignment.id()), selection);
            TestAnalysis read = analyses.compute(stored, selection);
            assertThat(read).as(selection.name()).isEqualTo(fromMatrix);
            assertThat(read.test().attempts()).as(selection.name()).isPositive();
            assertThat(read.waitingForGrading()).as(selection.name() + ": essays wait for their teacher").isPositive();
        }
    }

    @Test
    void anAssignmentWithMoreAttemptsThanBindParametersIsAnalysedAndListed() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        Assignment assignment = s.assign();
        AttemptView attempt = attempts.start(s.studentA(), assignment.id());
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true));
        attempts.submit(s.studentA(), attempt.id());
        // this submit plans a debounced refresh of the stored analysis; it is let run before the copies are inserted. Run
        // after, it read all 70,001 attempts (on the statistics from before the insert: minutes) and the event consumer,
        // which takes its next batch only when a batch is done, left the next test classes' events waiting (a roster test
        // timed out). The copies publish no events, so nothing plans another.
        await().atMost(Duration.ofSeconds(30)).until(() -> analyses.allFresh(assignment.id()));
        int copies = 70_000; // more than the 65,535 bind parameters a PostgreSQL statement can carry
        try {
            jdbc.update("""
                    insert into testing.attempt (assignment_id, student_id, number, state, started_at, submitted_at, layout, points, max_points)
                    select assignment_id, 2000000000 + g, 1, 'GRADED', started_at, submitted_at, layout, g % 2, max_points
                      from testing.attempt, generate_series(1, ?) g where id = ?""", copies, attempt.id());
            // as autovacuum would after such a bulk insert (here and below): planned on the attempts' statistics from
            // before it, the answers' insert took 90 s in the whole suite (8 s alone)
            jdbc.execute("analyze testing.attempt");
            jdbc.update("""
                    insert into testing.answer (attempt_id, slot, response, fraction, points)
                    select t.id, 0, a.response, t.points, t.points
                      from testing.attempt t join testing.answer a on a.attempt_id = ?
                     where t.assignment_id = ? and t.id <> ?""", attempt.id(), assignment.id(), attempt.id());
            // with statistics from before the insert, the suite's database has been seen to plan the per-attempt answers
            // subquery as a scan of the whole table per attempt (see performance.md)
            jdbc.execute("analyze testing.answer");
            StoredAssignment stored = assignmentMapper.findAssignment(assignment.id());

            TestAnalysis analysis = analyses.compute(stored, AttemptSelection.ALL);
            assertThat(analysis.test().attempts()).isEqualTo(copies + 1);
            // the copies alternate 0 and 1 from 1 on (35,000 ones), the original is right: 35,001 of 70,001
            assertThat(analysis.questions().getFirst().statistics().facility()).isCloseTo(35_001.0 / 70_001, within(1e-12));
            // what the response matrix and the results table read: every answer in one query, whatever the number of attempts
            assertThat(attemptMapper.answersOfAssignment(assignment.id())).hasSize(copies + 1);
        } finally {
            jdbc.update("delete from testing.attempt where assignment_id = ? and student_id >= 2000000000", assignment.id());
        }
    }

    @Test
    void anEssayGradedByHandAfterTheSubmitCountsInTheNextAnalysis() {
        Essays essays = essaysOfThreeStudents();
        StoredAssignment stored = essays.assignment();
        TestAnalysis waiting = analyses.compute(stored, AttemptSelection.FIRST);
        assertThat(waiting.waitingForGrading()).isEqualTo(3);
        assertThat(waiting.test().attempts()).isZero();

        // by hand: none, half and all of the essay's points, one student each
        List<PendingAnswer> queue = grading.queue(essays.setup().teacher(), stored.id());
        assertThat(queue).hasSize(3);
        for (int i = 0; i < queue.size(); i++) {
            PendingAnswer essay = queue.get(i);
            grading.grade(essays.setup().teacher(), essay.attemptId(), essay.slot(),
                    essay.maxPoints().multiply(BigDecimal.valueOf(i)).divide(BigDecimal.TWO), null);
        }

        TestAnalysis graded = analyses.compute(stored, AttemptSelection.FIRST);
        assertThat(graded.waitingForGrading()).isZero();
        assertThat(graded.test().attempts()).isEqualTo(3);
        assertThat(graded.questions().get(1).statistics().facility()).isCloseTo(0.5, within(1e-12));
        ResponseMatrix matrix = results.responseMatrix(stored);
        assertThat(graded).isEqualTo(analyses.analyse(stored.id(), matrix.testId(), matrix.rows(), results.finished(stored.id()),
                AttemptSelection.FIRST));
        // what the attempts' rows keep is what their answers say now
        assertThat(jdbc.queryForList("""
                select t.fractions = (select string_agg(a.slot || ':' || coalesce(a.fraction::text, ''), ',' order by a.slot)
                                        from testing.answer a where a.attempt_id = t.id)
                  from testing.attempt t where t.assignment_id = ?""", Boolean.class, stored.id())).containsOnly(true).hasSize(3);
    }

    @Test
    void attemptsWithoutWhatTheirRowsKeepAreReadFromTheirLayoutsAndAnswers() {
        Essays essays = essaysOfThreeStudents();
        StoredAssignment stored = essays.assignment();
        PendingAnswer first = grading.queue(essays.setup().teacher(), stored.id()).getFirst();
        grading.grade(essays.setup().teacher(), first.attemptId(), first.slot(), first.maxPoints(), "all of it");
        Map<AttemptSelection, TestAnalysis> kept = new EnumMap<>(AttemptSelection.class);
        for (AttemptSelection selection : AttemptSelection.values()) {
            kept.put(selection, analyses.compute(stored, selection));
        }
        assertThat(jdbc.queryForObject("select count(*) from testing.attempt where assignment_id = ? and slots is not null and fractions is not null",
                Integer.class, stored.id())).isEqualTo(3);

        // as rows copied in bulk (the benchmark's seed, the 70,001 attempts above) or written before the columns existed
        jdbc.update("update testing.attempt set slots = null, fractions = null where assignment_id = ?", stored.id());

        for (AttemptSelection selection : AttemptSelection.values()) {
            assertThat(analyses.compute(stored, selection)).as(selection.name()).isEqualTo(kept.get(selection));
        }
    }

    private record Essays(TestingWorld.Setup setup, StoredAssignment assignment) {
    }

    /** The setup's student A and more students enrolled in class A, {@code size} in all. */
    private List<Actor> classOf(TestingWorld.Setup s, int size) {
        List<Actor> students = new ArrayList<>(List.of(s.studentA()));
        for (int i = 1; i < size; i++) {
            Account student = users.createAccount(s.admin(), new NewAccount(0, "Student " + i, null, null, Set.of(Role.STUDENT), "uk"));
            school.enrol(s.admin(), s.w().classA().id(), student.id());
            students.add(s.w().actor(student));
        }
        return students;
    }

    /** Three students answer a true/false question (the first two rightly) and an essay, and submit. */
    private Essays essaysOfThreeStudents() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE, new QuestionBody.Essay("a thesis"));
        List<Actor> students = classOf(s, 3);
        Assignment assignment = s.assign();
        for (int i = 0; i < students.size(); i++) {
            Actor student = students.get(i);
            AttemptView attempt = attempts.start(student, assignment.id());
            for (int slot = 0; slot < 2; slot++) {
                QuestionView view = attempts.question(student, attempt.id(), slot);
                attempts.answer(student, attempt.id(), slot, view.type() == QuestionType.ESSAY ? new Response.Text("my thesis " + i)
                        : i < 2 ? Answers.right(view) : Answers.wrong(view));
            }
            attempts.submit(student, attempt.id());
        }
        return new Essays(s, assignmentMapper.findAssignment(assignment.id()));
    }
}

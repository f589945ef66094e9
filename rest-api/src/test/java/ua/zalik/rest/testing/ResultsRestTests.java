package ua.zalik.rest.testing;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.AttemptView;
import ua.zalik.testing.Attempts;
import ua.zalik.testing.Category;
import ua.zalik.testing.GradingMethod;
import ua.zalik.testing.NewAssignment;
import ua.zalik.testing.NewCategory;
import ua.zalik.testing.NewTest;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionDraft;
import ua.zalik.testing.Response;
import ua.zalik.testing.ReviewPolicy;
import ua.zalik.testing.Slot;
import ua.zalik.testing.Statistics;
import ua.zalik.testing.TestSettings;
import ua.zalik.testing.TestView;
import ua.zalik.testing.Tests;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Results as CSV and XLSX, and item statistics, over attempts made through the real facades. */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsRestTests {

    @Autowired MockMvc mvc;
    @Autowired TestSessions sessions;
    @Autowired SchoolFixture fixture;
    @Autowired SchoolService school;
    @Autowired QuestionBank bank;
    @Autowired Tests tests;
    @Autowired Assignments assignments;
    @Autowired Attempts attempts;
    @Autowired Clock clock;
    @Autowired Statistics statistics;

    @Test
    void theResultsDownloadAsCsvWithUkrainianHeadersAndNoFormulaFromAName() throws Exception {
        Scene s = scene(2, "=HYPERLINK(\"http://evil\")");
        s.take(0, true, true);
        s.take(1, false, true);

        MockHttpServletResponse csv = mvc.perform(get("/api/testing/assignments/" + s.assignment + "/results.csv")
                .with(sessions.as(s.w.teacher()))).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(ContentDisposition.parse(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename()).endsWith(".csv");
        List<String> lines = csv.getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Учень,1. Q1,2. Q2,Бали,Відсоток,Оцінка");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(s.students.getFirst().fullName() + ",1.00,1.00,2.00,100.00,12"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")").contains(",0.00,1.00,1.00,50.00,"));
    }

    @Test
    void theResultsDownloadAsAWorkbookInTheReadersLanguage() throws Exception {
        Scene s = scene(2, "Student Two");
        s.take(0, true, true);

        byte[] xlsx = mvc.perform(get("/api/testing/assignments/" + s.assignment + "/results.xlsx")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9,uk;q=0.5").with(sessions.as(s.w.admin())))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType())
                        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Results");
            assertThat(sheet).isNotNull();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("Student", "1. Q1", "2. Q2", "Points", "Percent", "Grade");
            Row first = row(sheet, s.students.getFirst().fullName());
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(12.0);
            Row absent = row(sheet, "Student Two");
            assertThat(absent.getCell(3)).as("no attempt, no total").isNull();
        }
    }

    @Test
    void statisticsShowFacilityAndFlagTheQuestionThatStrongStudentsGetWrong() throws Exception {
        // 4 students × 6 true/false questions of 1 point: E everyone gets right, H nobody, B and C the two strongest,
        // C2 the three strongest, N the two weakest (so it goes against the rest of the test)
        Scene s = scene(4, "Weakest");
        boolean[][] right = {
                // E     B      C      C2     N      H
                {true, true, true, true, false, false},
                {true, true, true, true, false, false},
                {true, false, false, true, true, false},
                {true, false, false, false, true, false}};
        for (int student = 0; student < 4; student++) {
            s.take(student, right[student]);
        }
        s.take(3, true, true, true, true, true, true);

        String first = statistics(s, "first");
        assertThat(facility(first, 0)).isEqualTo(1.0);
        assertThat(facility(first, 1)).isEqualTo(0.5);
        assertThat(facility(first, 3)).isEqualTo(0.75);
        assertThat(facility(first, 5)).isEqualTo(0.0);
        assertThat(this.<Double>read(first, "$.questions[1].statistics.discriminationIndex")).isPositive();
        assertThat(this.<Double>read(first, "$.questions[4].statistics.discriminationIndex")).isNegative();
        assertThat(this.<List<String>>read(first, "$.questions[0].statistics.flags")).containsExactly("VERY_EASY");
        assertThat(this.<List<String>>read(first, "$.questions[1].statistics.flags")).isEmpty();
        assertThat(this.<List<String>>read(first, "$.questions[4].statistics.flags")).containsExactly("NEGATIVE_DISCRIMINATION");
        assertThat(this.<List<String>>read(first, "$.questions[5].statistics.flags")).containsExactly("VERY_HARD");
        assertThat(this.<String>read(first, "$.questions[4].name")).isEqualTo("Q5");
        assertThat(this.<Integer>read(first, "$.test.attempts")).isEqualTo(4);
        assertThat(this.<Double>read(first, "$.test.mean")).isCloseTo(3.25, within(1e-9));

        // the weakest student's second try, all right: it replaces their first under "last" and joins it under "all"
        assertThat(facility(statistics(s, "last"), 1)).isEqualTo(0.75);
        String all = statistics(s, "all");
        assertThat(this.<Integer>read(all, "$.test.attempts")).isEqualTo(5);
        assertThat(facility(all, 1)).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void aTestsStatisticsGatherTheAttemptsOfAllItsAssignments() throws Exception {
        Scene s = scene(2, "Second");
        s.take(0, true, false);
        s.take(1, true, true);
        long first = s.assignment;
        s.assignAgain();
        s.take(0, true, true);

        String test = mvc.perform(get("/api/testing/tests/" + s.test + "/statistics?attempts=all").with(sessions.as(s.w.teacher())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(this.<Integer>read(test, "$.test.attempts")).isEqualTo(3);
        assertThat(this.<Object>read(test, "$.assignmentId")).isNull();
        assertThat(facility(test, 1)).isCloseTo(2.0 / 3, within(1e-9));
        String one = mvc.perform(get("/api/testing/assignments/" + first + "/statistics?attempts=all").with(sessions.as(s.w.teacher())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(this.<Integer>read(one, "$.test.attempts")).isEqualTo(2);
    }

    @Test
    void anAttemptWaitingForItsEssayGradeIsLeftOutOfTheStatistics() throws Exception {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Essays", null, null));
        long essay = bank.addQuestion(teacher, category.id(), new QuestionDraft("Essay", "Write", new QuestionBody.Essay(null),
                null, null, null)).id();
        TestView test = tests.createTest(teacher, new NewTest("Essay test", null, List.of(Slot.fixed(essay))));
        Assignment assignment = assignments.assign(teacher, new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(7)), null));
        Actor student = w.actor(w.studentA());
        AttemptView attempt = attempts.start(student, assignment.id());
        attempts.answer(student, attempt.id(), 0, new Response.Text("My essay"));
        attempts.submit(student, attempt.id());

        mvc.perform(get("/api/testing/assignments/" + assignment.id() + "/statistics").with(sessions.as(w.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waitingForGrading").value(1))
                .andExpect(jsonPath("$.test.attempts").value(0))
                .andExpect(jsonPath("$.questions[0].name").value("Essay"));
        mvc.perform(get("/api/testing/assignments/" + assignment.id() + "/statistics?attempts=best").header("Accept-Language", "en").with(sessions.as(w.teacher())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("attempts must be first, last, highest or all"));
    }

    @Test
    void theFiguresOfAnAssignmentAndItsClassFollowTheHandedInAttempts() throws Exception {
        Scene s = scene(5, "Absent");
        s.take(0, true, true);
        s.take(1, true, true);
        s.take(2, true, false);
        s.take(3, false, false);
        // results 100, 100, 50, 0 (the fifth student has not handed in): mean 62.5, median 75
        statistics.attemptsChanged(s.assignment); // what the statistics consumer does on each event (no queue in these tests)
        String figures = mvc.perform(get("/api/testing/assignments/" + s.assignment + "/figures").with(sessions.as(s.w.teacher())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(this.<Integer>read(figures, "$.students")).isEqualTo(5);
        assertThat(this.<Integer>read(figures, "$.studentsSubmitted")).isEqualTo(4);
        assertThat(this.<Integer>read(figures, "$.attemptsGraded")).isEqualTo(4);
        assertThat(this.<Double>read(figures, "$.meanPercent")).isEqualTo(62.5);
        assertThat(this.<Double>read(figures, "$.medianPercent")).isEqualTo(75.0);
        String ofClass = mvc.perform(get("/api/testing/classes/" + s.w.classA().id() + "/figures").with(sessions.as(s.w.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(this.<Integer>read(ofClass, "$.results")).isEqualTo(4);
        assertThat(this.<Double>read(ofClass, "$.meanPercent")).isEqualTo(62.5);
        mvc.perform(get("/api/testing/classes/" + s.w.classA().id() + "/figures").with(sessions.as(s.w.studentA())))
                .andExpect(status().isForbidden());
    }

    private String statistics(Scene s, String attempts) throws Exception {
        return mvc.perform(get("/api/testing/assignments/" + s.assignment + "/statistics?attempts=" + attempts)
                        .with(sessions.as(s.w.teacher())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private double facility(String json, int question) {
        return ((Number) JsonPath.read(json, "$.questions[" + question + "].statistics.facility")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private <T> T read(String json, String path) {
        Object value = JsonPath.read(json, path);
        return (T) (value instanceof Number n && !(value instanceof Integer) ? (Object) n.doubleValue() : value);
    }

    private static Row row(Sheet sheet, String student) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(student)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + student);
    }

    /**
     * Class A of a fresh school with {@code students} students (the fixture's student A first, the last named
     * {@code lastName}) and a test of as many true/false questions Q1, Q2, ... as {@link #take} is given answers for.
     */
    private Scene scene(int students, String lastName) {
        return new Scene(fixture.create(), students, lastName);
    }

    private final class Scene {

        final SchoolFixture.World w;
        final List<Account> students = new ArrayList<>();
        long assignment;
        long test;
        private final Actor teacher;

        Scene(SchoolFixture.World w, int count, String lastName) {
            this.w = w;
            this.teacher = w.actor(w.teacher());
            students.add(w.studentA());
            Actor admin = w.actor(w.admin());
            for (int i = 1; i < count; i++) {
                Account student = w.users().createAccount(admin, new NewAccount(0, i == count - 1 ? lastName : "Student " + i,
                        null, null, Set.of(Role.STUDENT), "uk"));
                school.enrol(admin, w.classA().id(), student.id());
                students.add(student);
            }
        }

        /** The student's next attempt, right or wrong per question; the first call builds the test for that many. */
        void take(int student, boolean... right) {
            if (assignment == 0) {
                Category category = bank.createCategory(teacher, new NewCategory("True or false", null, null));
                List<Slot> slots = new ArrayList<>();
                for (int q = 0; q < right.length; q++) {
                    slots.add(Slot.fixed(bank.addQuestion(teacher, category.id(), new QuestionDraft("Q" + (q + 1),
                            "Statement " + (q + 1), new QuestionBody.TrueFalse(true, null, null), null, null, null)).id()));
                }
                test = tests.createTest(teacher, new NewTest("True or false", new TestSettings(null, 2,
                        GradingMethod.HIGHEST, false, false, null, ReviewPolicy.SCORE_AFTER_ATTEMPT), slots)).id();
                assignAgain();
            }
            Actor actor = w.actor(students.get(student));
            AttemptView attempt = attempts.start(actor, assignment);
            for (int q = 0; q < right.length; q++) {
                attempts.answer(actor, attempt.id(), q, new Response.TrueFalse(right[q]));
            }
            attempts.submit(actor, attempt.id());
        }

        /** Gives the test to class A once more; later attempts go to the new assignment. */
        void assignAgain() {
            assignment = assignments.assign(teacher, new NewAssignment(test, w.classA().id(), null, null,
                    clock.instant().plus(Duration.ofDays(7)), null)).id();
        }
    }
}

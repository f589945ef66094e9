package ua.zalik.rest.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.rest.auth.Csrf;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Teaching;
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
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/** For every testing endpoint: who must get no 2xx. Lists may answer 2xx, but never with what is not the caller's. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
class TestingAccessTests {

    enum Who { TEACHER, STUDENT_A, STUDENT_B, PARENT, OTHER_TEACHER, OTHER_ADMIN }

    static final Set<Who> OUTSIDERS = EnumSet.of(Who.STUDENT_A, Who.STUDENT_B, Who.PARENT, Who.OTHER_TEACHER, Who.OTHER_ADMIN);
    static final Set<Who> NOT_THE_STUDENT = EnumSet.of(Who.TEACHER, Who.STUDENT_B, Who.PARENT, Who.OTHER_TEACHER, Who.OTHER_ADMIN);

    @Autowired MockMvc mvc;
    @Autowired TestSessions sessions;
    @Autowired SchoolFixture fixture;
    @Autowired SchoolService school;
    @Autowired QuestionBank bank;
    @Autowired Tests tests;
    @Autowired Assignments assignments;
    @Autowired Attempts attempts;
    @Autowired Clock clock;

    Map<Who, Account> accounts;
    Map<String, Long> ids;
    String marker;

    @BeforeAll
    void buildASchoolWithAnAssignmentInProgress() {
        SchoolFixture.World w = fixture.create();
        SchoolFixture.World other = fixture.create();
        Actor admin = w.actor(w.admin());
        Account otherTeacher = w.users().createAccount(admin, new NewAccount(0, "Teacher of 8-B", "b-" + UUID.randomUUID() + "@test.zalik.ua",
                "teacher-password", Set.of(Role.TEACHER), "uk"));
        school.assignTeaching(admin, new Teaching(otherTeacher.id(), w.classB().id(), w.maths().id()));
        accounts = Map.of(Who.TEACHER, w.teacher(), Who.STUDENT_A, w.studentA(), Who.STUDENT_B, w.studentB(), Who.PARENT, w.parent(),
                Who.OTHER_TEACHER, otherTeacher, Who.OTHER_ADMIN, other.admin());

        Actor teacher = w.actor(w.teacher());
        Actor student = w.actor(w.studentA());
        marker = "Marker " + UUID.randomUUID();
        Category category = bank.createCategory(teacher, new NewCategory(marker, null, null));
        Category empty = bank.createCategory(teacher, new NewCategory("Empty", null, null));
        Question tf = bank.addQuestion(teacher, category.id(), new QuestionDraft(null, marker + " true?",
                new QuestionBody.TrueFalse(true, "yes", "no"), null, null, null));
        Question essay = bank.addQuestion(teacher, category.id(), new QuestionDraft(null, "Write", new QuestionBody.Essay("x"), null, null, null));
        Question spare = bank.addQuestion(teacher, category.id(), new QuestionDraft(null, "Spare", new QuestionBody.Essay("x"), null, null, null));
        bank.setImage(teacher, tf.id(), new byte[]{1});
        ReviewPolicy afterClose = new ReviewPolicy(ReviewPolicy.When.AFTER_CLOSE, true, true, true, true);
        TestView test = tests.createTest(teacher, new NewTest(marker, new TestSettings(null, 2, GradingMethod.HIGHEST, false, false, null,
                afterClose), List.of(Slot.fixed(tf.id()), Slot.fixed(essay.id()))));
        TestView unassigned = tests.createTest(teacher, new NewTest("Unassigned", null, List.of(Slot.fixed(tf.id()))));
        Assignment assignment = assignments.assign(teacher, new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(30)), null));
        AttemptView finished = attempts.start(student, assignment.id());
        attempts.answer(student, finished.id(), 1, new Response.Text("An essay"));
        attempts.submit(student, finished.id());
        AttemptView inProgress = attempts.start(student, assignment.id());
        ids = Map.of("category", category.id(), "empty", empty.id(), "question", tf.id(), "spare", spare.id(), "test", test.id(),
                "unassigned", unassigned.id(), "assignment", assignment.id(), "finished", finished.id(), "attempt", inProgress.id(),
                "studentA", w.studentA().id());
        ids = new java.util.HashMap<>(ids);
        ids.put("classA", w.classA().id());
    }

    Stream<Arguments> endpoints() {
        return Stream.of(
                call("POST", "/api/testing/categories", "{\"name\": \"x\", \"parentId\": {category}}", OUTSIDERS),
                call("PUT", "/api/testing/categories/{category}", "{\"name\": \"renamed\"}", OUTSIDERS),
                call("DELETE", "/api/testing/categories/{empty}", null, OUTSIDERS),
                call("GET", "/api/testing/categories/{category}/questions", null, OUTSIDERS),
                call("POST", "/api/testing/categories/{category}/questions", TestingRestTests.SINGLE_CHOICE, OUTSIDERS),
                call("POST", "/api/testing/categories/{category}/questions/import", "[" + TestingRestTests.SINGLE_CHOICE + "]", OUTSIDERS),
                call("GET", "/api/testing/questions/{question}", null, OUTSIDERS),
                call("PUT", "/api/testing/questions/{question}", TestingRestTests.SINGLE_CHOICE, OUTSIDERS),
                call("DELETE", "/api/testing/questions/{spare}", null, OUTSIDERS),
                call("PUT", "/api/testing/questions/{question}/image", "IMAGE", OUTSIDERS),
                call("GET", "/api/testing/questions/{question}/image", null, OUTSIDERS),
                call("DELETE", "/api/testing/questions/{question}/image", null, OUTSIDERS),
                call("POST", "/api/testing/tests", "{\"title\": \"t\", \"slots\": [{\"questionId\": {question}}]}", OUTSIDERS),
                call("GET", "/api/testing/tests/{test}", null, OUTSIDERS),
                call("PUT", "/api/testing/tests/{test}", "{\"title\": \"t\", \"slots\": [{\"questionId\": {question}}], "
                        + "\"settings\": {\"attemptsAllowed\": 2, \"review\": {\"when\": \"AFTER_CLOSE\", \"score\": true}}}", OUTSIDERS),
                call("DELETE", "/api/testing/tests/{unassigned}", null, OUTSIDERS),
                call("POST", "/api/testing/assignments", "{\"testId\": {test}, \"classId\": {classA}, \"dueAt\": \"2099-01-01T00:00:00Z\"}",
                        OUTSIDERS),
                call("GET", "/api/testing/assignments/{assignment}", null, EnumSet.of(Who.STUDENT_B, Who.OTHER_TEACHER, Who.OTHER_ADMIN),
                        Who.PARENT),
                call("GET", "/api/testing/assignments/{assignment}/overrides", null, OUTSIDERS),
                call("POST", "/api/testing/assignments/{assignment}/overrides",
                        "{\"studentIds\": [{studentA}], \"attemptsAllowed\": 9}", OUTSIDERS),
                call("DELETE", "/api/testing/assignments/{assignment}/overrides/{studentA}", null, OUTSIDERS),
                call("GET", "/api/testing/assignments/{assignment}/results", null, OUTSIDERS),
                call("GET", "/api/testing/assignments/{assignment}/responses", null, OUTSIDERS),
                call("GET", "/api/testing/grading-queue?assignmentId={assignment}", null, OUTSIDERS),
                call("PUT", "/api/testing/attempts/{finished}/grades/1", "{\"points\": 1}", OUTSIDERS),
                call("POST", "/api/testing/assignments/{assignment}/attempts", null, NOT_THE_STUDENT),
                call("GET", "/api/testing/attempts/{attempt}", null, NOT_THE_STUDENT),
                call("GET", "/api/testing/attempts/{attempt}/questions/0", null, NOT_THE_STUDENT),
                call("GET", "/api/testing/attempts/{attempt}/questions/0/image", null, NOT_THE_STUDENT),
                call("PUT", "/api/testing/attempts/{attempt}/answers/0", "{\"kind\": \"true_false\", \"value\": true}", NOT_THE_STUDENT),
                call("POST", "/api/testing/attempts/{attempt}/submit", null, NOT_THE_STUDENT),
                call("GET", "/api/testing/attempts/{finished}/review", null, OUTSIDERS),
                call("GET", "/api/testing/students/{studentA}/results", null,
                        EnumSet.of(Who.STUDENT_B, Who.OTHER_TEACHER, Who.OTHER_ADMIN), Who.PARENT));
    }

    // in order: the allowed call comes after the refused ones and may change what later endpoints find
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void outsidersGetNoSuccessWhereTheRightCallerDoes(String method, String path, String body, Set<Who> denied, Who allowed)
            throws Exception {
        for (Who who : denied) {
            int status = perform(method, path, body, who).getResponse().getStatus();
            assertThat(status).as(who + " on " + method + " " + path).isGreaterThanOrEqualTo(400);
        }
        MvcResult result = perform(method, path, body, allowed);
        assertThat(result.getResponse().getStatus()).as(allowed + " on " + method + " " + path + ": "
                + result.getResponse().getContentAsString()).isBetween(200, 299);
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("lists")
    void listsShowOutsidersNothingOfOthers(String path) throws Exception {
        for (Who who : EnumSet.of(Who.STUDENT_B, Who.OTHER_TEACHER, Who.OTHER_ADMIN, Who.PARENT, Who.STUDENT_A)) {
            MvcResult result = perform("GET", path, null, who);
            boolean studentsOwn = path.endsWith("/assignments") && (who == Who.STUDENT_A || who == Who.PARENT);
            if (result.getResponse().getStatus() < 300 && !studentsOwn) {
                assertThat(result.getResponse().getContentAsString()).as(who + " on " + path).doesNotContain(marker);
            }
        }
    }

    Stream<String> lists() {
        return Stream.of("/api/testing/categories", "/api/testing/tests", "/api/testing/assignments", "/api/testing/grading-queue");
    }

    private MvcResult perform(String method, String path, String body, Who who) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), fill(path))
                .with(sessions.as(accounts.get(who))).with(Csrf.token(mvc));
        if ("IMAGE".equals(body)) {
            request.contentType(MediaType.IMAGE_PNG).content(new byte[]{1, 2});
        } else if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(fill(body));
        }
        return mvc.perform(request).andReturn();
    }

    private String fill(String template) {
        String filled = template;
        for (Map.Entry<String, Long> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
        }
        return filled;
    }

    private static Arguments call(String method, String path, String body, Set<Who> denied) {
        return call(method, path, body, denied, denied.contains(Who.TEACHER) ? Who.STUDENT_A : Who.TEACHER);
    }

    private static Arguments call(String method, String path, String body, Set<Who> denied, Who allowed) {
        return arguments(method, path, body, denied, allowed);
    }
}

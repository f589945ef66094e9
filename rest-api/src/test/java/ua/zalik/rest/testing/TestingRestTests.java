package ua.zalik.rest.testing;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ua.zalik.rest.auth.Csrf;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TestingRestTests {

    static final String SINGLE_CHOICE = """
            {"text": "Capital of Ukraine?", "points": 2, "tags": ["geo"], "generalFeedback": "Kyiv since 1934",
             "body": {"type": "SINGLE_CHOICE", "options": [
               {"text": "Kyiv", "fraction": 1.0, "feedback": "well done"},
               {"text": "Lviv", "fraction": 0.0, "feedback": "no"}]}}""";

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;

    @Test
    void aTeacherBuildsAndAssignsATestAndAStudentTakesItWithoutSeeingTheAnswers() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = id(call(post("/api/testing/categories"), w.teacher(), "{\"name\": \"Geography\"}", 201));
        long question = id(call(post("/api/testing/categories/" + category + "/questions"), w.teacher(), SINGLE_CHOICE, 201));
        String settings = """
                {"timeLimitMinutes": 30, "attemptsAllowed": 1, "gradingMethod": "HIGHEST", "shuffleOptions": true,
                 "review": {"when": "AFTER_ATTEMPT", "score": true, "responses": true, "rightAnswers": true, "feedback": true}}""";
        long test = id(call(post("/api/testing/tests"), w.teacher(),
                "{\"title\": \"Capitals\", \"settings\": " + settings + ", \"slots\": [{\"questionId\": " + question + "}]}", 201));
        String due = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        long assignment = id(call(post("/api/testing/assignments"), w.teacher(),
                "{\"testId\": " + test + ", \"classId\": " + w.classA().id() + ", \"dueAt\": \"" + due + "\"}", 201));

        String started = call(post("/api/testing/assignments/" + assignment + "/attempts"), w.studentA(), null, 201);
        assertThat(started).doesNotContain("fraction", "feedback", "well done", "Kyiv since");
        long attempt = id(started);
        List<String> options = JsonPath.read(started, "$.questions[0].options");
        int kyiv = options.indexOf("Kyiv");

        call(put("/api/testing/attempts/" + attempt + "/answers/0"), w.studentA(), "{\"kind\": \"choices\", \"chosen\": [" + kyiv + "]}", 200);
        call(post("/api/testing/attempts/" + attempt + "/submit"), w.studentA(), null, 200);
        call(post("/api/testing/attempts/" + attempt + "/submit"), w.studentA(), null, 200);

        mvc.perform(get("/api/testing/attempts/" + attempt + "/review").with(sessions.as(w.studentA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score.points").value(2.0))
                .andExpect(jsonPath("$.score.grade").value(12))
                .andExpect(jsonPath("$.slots[0].feedback").value("well done"))
                .andExpect(jsonPath("$.slots[0].body").doesNotExist());
        mvc.perform(get("/api/testing/assignments/" + assignment + "/results").with(sessions.as(w.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].studentId").value(w.studentA().id()))
                .andExpect(jsonPath("$.rows[0].total.percent").value(100.0));
        mvc.perform(get("/api/testing/students/" + w.studentA().id() + "/results").with(sessions.as(w.parent())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].score.grade").value(12));
    }

    @Test
    void aParentSeesTheirChildsResultAsThePolicyAllowsAndTheDeadlineStillToMeet() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = id(call(post("/api/testing/categories"), w.teacher(), "{\"name\": \"Report\"}", 201));
        long question = id(call(post("/api/testing/categories/" + category + "/questions"), w.teacher(), SINGLE_CHOICE, 201));
        String hidden = "{\"review\": {\"when\": \"NEVER\", \"score\": false}}";
        long secret = id(call(post("/api/testing/tests"), w.teacher(),
                "{\"title\": \"Secret\", \"settings\": " + hidden + ", \"slots\": [{\"questionId\": " + question + "}]}", 201));
        long open = id(call(post("/api/testing/tests"), w.teacher(),
                "{\"title\": \"Rivers\", \"slots\": [{\"questionId\": " + question + "}]}", 201));
        String due = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        long taken = id(call(post("/api/testing/assignments"), w.teacher(),
                "{\"testId\": " + secret + ", \"classId\": " + w.classA().id() + ", \"dueAt\": \"" + due + "\"}", 201));
        call(post("/api/testing/assignments"), w.teacher(),
                "{\"testId\": " + open + ", \"classId\": " + w.classA().id() + ", \"dueAt\": \"" + due + "\"}", 201);
        long attempt = id(call(post("/api/testing/assignments/" + taken + "/attempts"), w.studentA(), null, 201));
        call(post("/api/testing/attempts/" + attempt + "/submit"), w.studentA(), null, 200);

        mvc.perform(get("/api/testing/students/" + w.studentA().id() + "/report").with(sessions.as(w.parent())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recentResults[0].testTitle").value("Secret"))
                .andExpect(jsonPath("$.recentResults[0].score").doesNotExist())
                .andExpect(jsonPath("$.upcoming[0].testTitle").value("Rivers"))
                .andExpect(jsonPath("$.upcoming.length()").value(1))
                .andExpect(jsonPath("$.missed").isEmpty());
        mvc.perform(get("/api/testing/students/" + w.studentB().id() + "/report").with(sessions.as(w.parent())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/testing/students/" + w.studentA().id() + "/report").with(sessions.as(w.studentA())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aQuestionWithoutARightOptionIsABadRequestThatSaysWhy() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = id(call(post("/api/testing/categories"), w.teacher(), "{\"name\": \"Broken\"}", 201));
        mvc.perform(post("/api/testing/categories/" + category + "/questions").with(sessions.as(w.teacher())).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SINGLE_CHOICE.replace("\"fraction\": 1.0", "\"fraction\": 0.0")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("a single-choice question needs one option worth 100%"));
    }

    @Test
    void aNulCharacterInAQuestionOrAnAnswerIsABadRequestNotAServerError() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = id(call(post("/api/testing/categories"), w.teacher(), "{\"name\": \"Nul\"}", 201));
        mvc.perform(post("/api/testing/categories/" + category + "/questions").with(sessions.as(w.teacher())).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON).content(SINGLE_CHOICE.replace("\"Lviv\"", "\"Lv\\u0000iv\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("a question's answers must not contain a NUL character"));

        long question = id(call(post("/api/testing/categories/" + category + "/questions"), w.teacher(),
                "{\"text\": \"Write\", \"body\": {\"type\": \"ESSAY\"}}", 201));
        long test = id(call(post("/api/testing/tests"), w.teacher(), "{\"title\": \"T\", \"slots\": [{\"questionId\": " + question + "}]}", 201));
        String due = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        long assignment = id(call(post("/api/testing/assignments"), w.teacher(),
                "{\"testId\": " + test + ", \"classId\": " + w.classA().id() + ", \"dueAt\": \"" + due + "\"}", 201));
        long attempt = id(call(post("/api/testing/assignments/" + assignment + "/attempts"), w.studentA(), null, 201));
        call(put("/api/testing/attempts/" + attempt + "/answers/0"), w.studentA(), "{\"kind\": \"text\", \"text\": \"a\\u0000b\"}", 400);
    }

    @Test
    void timesOutOfOrderAreABadRequest() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = id(call(post("/api/testing/categories"), w.teacher(), "{\"name\": \"Times\"}", 201));
        long question = id(call(post("/api/testing/categories/" + category + "/questions"), w.teacher(), SINGLE_CHOICE, 201));
        long test = id(call(post("/api/testing/tests"), w.teacher(), "{\"title\": \"T\", \"slots\": [{\"questionId\": " + question + "}]}", 201));
        mvc.perform(post("/api/testing/assignments").header("Accept-Language", "en").with(sessions.as(w.teacher())).with(Csrf.token(mvc)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"testId\": " + test + ", \"classId\": " + w.classA().id() + ", \"opensAt\": \"2030-01-02T00:00:00Z\", "
                                + "\"dueAt\": \"2030-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("the due time must come after the opening time"));
    }

    @Test
    void theTestingEndpointsAreInTheApiDocs() throws Exception {
        String docs = mvc.perform(get("/api/docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/testing/categories/{id}/questions/import", "/api/testing/tests/{id}",
                "/api/testing/assignments/{id}/overrides", "/api/testing/attempts/{id}/answers/{slot}", "/api/testing/attempts/{id}/submit",
                "/api/testing/attempts/{id}/review", "/api/testing/students/{id}/report", "/api/testing/grading-queue", "/api/testing/assignments/{id}/responses");
    }

    private String call(MockHttpServletRequestBuilder request, Account who, String body, int expected) throws Exception {
        request.with(sessions.as(who)).with(Csrf.token(mvc));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}

package ua.zalik.rest.problems;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ua.zalik.rest.auth.Csrf;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.testsupport.SchoolFixture;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A client's mistake gets the right 4xx as application/problem+json with a detail that says what to fix. */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemTests {

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        SchoolFixture.World w = fixture.create();
        problem(mvc.perform(post("/api/classes").with(sessions.as(w.admin())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"7-A\", ")), 400)
                .andExpect(jsonPath("$.detail").value(containsString("не JSON")));
    }

    @Test
    void aWrongTypeInTheBodyIsABadRequest() throws Exception {
        SchoolFixture.World w = fixture.create();
        problem(mvc.perform(post("/api/classes").with(sessions.as(w.admin())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"7-A\",\"grade\":\"seventh\",\"academicYear\":\"2026/2027\"}")), 400);
    }

    @Test
    void invalidFieldsAreListedOneByOne() throws Exception {
        SchoolFixture.World w = fixture.create();
        problem(mvc.perform(post("/api/classes").with(sessions.as(w.admin())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"grade\":13,\"academicYear\":\"2026/2027\"}")), 400)
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'grade')]").exists());
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        SchoolFixture.World w = fixture.create();
        problem(mvc.perform(get("/api/classes/987654321").with(sessions.as(w.admin()))), 404);
        problem(mvc.perform(get("/api/users/987654321").with(sessions.as(w.admin()))), 404);
    }

    @Test
    void anotherSchoolsIdIsNotFoundNotForbidden() throws Exception {
        SchoolFixture.World a = fixture.create();
        SchoolFixture.World b = fixture.create();
        problem(mvc.perform(get("/api/classes/" + b.classA().id()).with(sessions.as(a.admin()))), 404);
        problem(mvc.perform(get("/api/users/" + b.studentA().id()).with(sessions.as(a.admin()))), 404);
    }

    @Test
    void aNonNumericIdIsABadRequest() throws Exception {
        SchoolFixture.World w = fixture.create();
        problem(mvc.perform(get("/api/classes/seven").with(sessions.as(w.admin()))), 400)
                .andExpect(jsonPath("$.detail").value(containsString("«id»")));
    }

    @Test
    void aTenMegabyteBodyIsTooLarge() throws Exception {
        SchoolFixture.World w = fixture.create();
        String huge = "{\"name\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        problem(mvc.perform(post("/api/subjects").with(sessions.as(w.admin())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content(huge)), 413);
    }

    @Test
    void withoutASessionTheApiAsksToLogIn() throws Exception {
        problem(mvc.perform(get("/api/classes")), 401).andExpect(jsonPath("$.detail").value(containsString("увійдіть")));
    }

    @Test
    void aForgedSessionCookieIsNotASession() throws Exception {
        problem(mvc.perform(get("/api/classes").cookie(new jakarta.servlet.http.Cookie("ZALIK_SESSION", "forged"))), 401);
    }

    @Test
    void anUnknownApiPathIsNotFound() throws Exception {
        SchoolFixture.World w = fixture.create();
        problem(mvc.perform(get("/api/no-such-thing").with(sessions.as(w.admin()))), 404);
    }

    @Test
    void aTakenEmailIsAConflict() throws Exception {
        SchoolFixture.World w = fixture.create();
        problem(mvc.perform(post("/api/users").with(sessions.as(w.admin())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Twin\",\"email\":\"" + w.teacher().email() + "\",\"roles\":[\"TEACHER\"]}")), 409);
    }

    @Test
    void anUnknownTimeZoneIsABadRequest() throws Exception {
        SchoolFixture.World w = fixture.create();
        problem(mvc.perform(patch("/api/schools/current").with(sessions.as(w.admin())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content("{\"timezone\":\"Mars/Olympus\"}")), 400)
                .andExpect(jsonPath("$.detail").value(containsString("Mars/Olympus")));
    }

    @Test
    void aPageBeyondTheLimitIsABadRequest() throws Exception {
        SchoolFixture.World w = fixture.create();
        problem(mvc.perform(get("/api/classes?size=100000").with(sessions.as(w.admin()))), 400);
        problem(mvc.perform(get("/api/classes?page=-1").with(sessions.as(w.admin()))), 400);
    }

    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status)).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}

package ua.zalik.rest.problems;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ua.zalik.rest.auth.Csrf;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.testsupport.SchoolFixture;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A problem's detail speaks the reader's language (Ukrainian unless English is preferred); type, title and status do not change. */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemLanguageTests {

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;
    @Autowired ProblemHandling handling;

    @Test
    void notFoundInUkrainianByDefaultAndInEnglishWhenAsked() throws Exception {
        SchoolFixture.World w = fixture.create();

        problem(mvc.perform(get("/api/classes/987654321").with(sessions.as(w.admin()))), 404, "Not Found")
                .andExpect(jsonPath("$.detail").value("клас 987654321 не знайдено"));
        problem(mvc.perform(english(get("/api/classes/987654321")).with(sessions.as(w.admin()))), 404, "Not Found")
                .andExpect(jsonPath("$.detail").value("class 987654321 not found"));
        problem(mvc.perform(get("/api/classes/987654321").header("Accept-Language", "de-DE, en;q=0.8, uk;q=0.5")
                .with(sessions.as(w.admin()))), 404, "Not Found")
                .andExpect(jsonPath("$.detail").value("class 987654321 not found"));
    }

    @Test
    void aConflictSaysWhichEmailIsTakenInEitherLanguage() throws Exception {
        SchoolFixture.World w = fixture.create();
        String body = "{\"fullName\":\"Twin\",\"email\":\"" + w.teacher().email() + "\",\"roles\":[\"TEACHER\"]}";

        problem(mvc.perform(post("/api/users").header("Accept-Language", "uk-UA").with(sessions.as(w.admin())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content(body)), 409, "Conflict")
                .andExpect(jsonPath("$.detail").value("обліковий запис з поштою " + w.teacher().email() + " вже існує"));
        problem(mvc.perform(english(post("/api/users")).with(sessions.as(w.admin())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content(body)), 409, "Conflict")
                .andExpect(jsonPath("$.detail").value("an account with email " + w.teacher().email() + " already exists"));
    }

    @Test
    void validationMessagesFollowTheLanguageToo() throws Exception {
        SchoolFixture.World w = fixture.create();
        String body = "{\"name\":\"\",\"grade\":7,\"academicYear\":\"2026/2027\"}";

        String english = problem(mvc.perform(english(post("/api/classes")).with(sessions.as(w.admin())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content(body)), 400, "Bad Request")
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andReturn().getResponse().getContentAsString();
        String ukrainian = problem(mvc.perform(post("/api/classes").with(sessions.as(w.admin())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content(body)), 400, "Bad Request")
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andReturn().getResponse().getContentAsString();

        assertThat(english).contains("must not be blank");
        assertThat(ukrainian).doesNotContain("must not be blank").containsPattern("name: [а-яіїєґ]");
        problem(mvc.perform(get("/api/classes/seven").with(sessions.as(w.admin()))), 400, "Bad Request")
                .andExpect(jsonPath("$.detail").value("«id» має неприпустиме значення"));
        problem(mvc.perform(english(get("/api/classes/seven")).with(sessions.as(w.admin()))), 400, "Bad Request")
                .andExpect(jsonPath("$.detail").value("'id' has an invalid value"));
    }

    @Test
    void notesAndStudyTimeSentencesFollowTheLanguage() throws Exception {
        SchoolFixture.World w = fixture.create();

        problem(mvc.perform(get("/api/notes/search").param("q", " ").with(sessions.as(w.teacher()))), 400, "Bad Request")
                .andExpect(jsonPath("$.detail").value("для пошуку потрібні слова або #теги"));
        problem(mvc.perform(english(get("/api/notes/search").param("q", " ")).with(sessions.as(w.teacher()))), 400, "Bad Request")
                .andExpect(jsonPath("$.detail").value("a search needs some words or #tags"));
    }

    @Test
    void theSecurityFiltersAnswerInTheReadersLanguage() throws Exception {
        problem(mvc.perform(get("/api/classes")), 401, "Unauthorized")
                .andExpect(jsonPath("$.detail").value("спершу увійдіть: POST /api/auth/login"));
        problem(mvc.perform(english(get("/api/classes"))), 401, "Unauthorized")
                .andExpect(jsonPath("$.detail").value("log in first: POST /api/auth/login"));
        problem(mvc.perform(english(post("/api/auth/login")).contentType(MediaType.APPLICATION_JSON).content("{}")), 403, "Forbidden")
                .andExpect(jsonPath("$.detail").value("missing or wrong CSRF token: send the XSRF-TOKEN cookie's value as X-XSRF-TOKEN"));
    }

    @Test
    void theDatabaseAwayForAMomentIsServiceUnavailableWithRetryAfterInTheReadersLanguage() {
        org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> ukrainian;
        org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> english;
        try {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("uk"));
            ukrainian = handling.unavailable(new org.springframework.transaction.CannotCreateTransactionException("no connection"));
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
            english = handling.unavailable(new org.springframework.dao.DataAccessResourceFailureException("connection refused"));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }

        assertThat(ukrainian.getStatusCode().value()).isEqualTo(503);
        assertThat(ukrainian.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(ukrainian.getBody().getDetail()).isEqualTo("база даних на мить недоступна; спробуйте ще раз за кілька секунд");
        assertThat(english.getBody().getDetail()).isEqualTo("the database is unavailable for a moment; please try again in a few seconds");
    }

    @Test
    void bothBundlesHoldTheSameKeysAndEveryDomainSentenceHasItsText() throws Exception {
        Properties ukrainian = PropertiesLoaderUtils.loadProperties(new ClassPathResource("i18n/rest.properties"));
        Properties english = PropertiesLoaderUtils.loadProperties(new ClassPathResource("i18n/rest_en.properties"));

        assertThat(ukrainian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).containsAll(ProblemTexts.domainKeys());
        ukrainian.values().forEach(text -> assertThat(String.valueOf(text)).as("write ’, not ', in Ukrainian").doesNotContain("'"));
    }

    private static MockHttpServletRequestBuilder english(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "en-GB,en;q=0.9");
    }

    private static ResultActions problem(ResultActions result, int status, String title) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.status").value(status));
    }
}

package ua.zalik.rest.auth;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ua.zalik.testsupport.SchoolFixture;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AuthTests {

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;

    @Test
    void loginSetsAnHttpOnlySessionCookieThatIdentifiesTheAccount() throws Exception {
        SchoolFixture.World w = fixture.create();

        MvcResult login = mvc.perform(post("/api/auth/login").with(Csrf.token(mvc)).contentType(MediaType.APPLICATION_JSON)
                        .content(credentials(w.admin().email(), "admin-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"))
                .andReturn();
        String setCookie = login.getResponse().getHeader("Set-Cookie");
        assertThat(setCookie).contains("ZALIK_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
        Cookie session = login.getResponse().getCookie("ZALIK_SESSION");

        mvc.perform(get("/api/auth/me").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(w.admin().id()))
                .andExpect(jsonPath("$.email").value(w.admin().email()));

        mvc.perform(post("/api/auth/logout").with(Csrf.token(mvc)).cookie(session)).andExpect(status().isNoContent());
        mvc.perform(get("/api/auth/me").cookie(session))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void wrongPasswordIsAProblemWithoutHintsWhichPartWasWrong() throws Exception {
        SchoolFixture.World w = fixture.create();
        mvc.perform(post("/api/auth/login").with(Csrf.token(mvc)).contentType(MediaType.APPLICATION_JSON)
                        .content(credentials(w.admin().email(), "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("неправильна пошта або пароль"));
    }

    @Test
    void afterFiveFailuresTheAccountWaitsWithRetryAfterEvenWithTheRightPassword() throws Exception {
        SchoolFixture.World w = fixture.create();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/auth/login").with(Csrf.token(mvc)).with(from("10.1.1." + i)).contentType(MediaType.APPLICATION_JSON)
                    .content(credentials(w.teacher().email(), "guess-" + i))).andExpect(status().isUnauthorized());
        }

        mvc.perform(post("/api/auth/login").with(Csrf.token(mvc)).with(from("10.1.2.1")).contentType(MediaType.APPLICATION_JSON)
                        .content(credentials(w.teacher().email(), "teacher-password")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedDownToo() throws Exception {
        String address = "10.9." + (UUID.randomUUID().hashCode() & 0xff) + ".7";
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/auth/login").with(Csrf.token(mvc)).with(from(address)).contentType(MediaType.APPLICATION_JSON)
                    .content(credentials("someone-" + UUID.randomUUID() + "@example.com", "guess"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/auth/login").with(Csrf.token(mvc)).with(from(address)).contentType(MediaType.APPLICATION_JSON)
                        .content(credentials("another-" + UUID.randomUUID() + "@example.com", "guess")))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        SchoolFixture.World w = fixture.create();
        mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content(credentials(w.admin().email(), "admin-password")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF")));
    }

    @Test
    void csrfEndpointHandsOutTheTokenAndCookie() throws Exception {
        MvcResult result = mvc.perform(get("/api/auth/csrf")).andExpect(status().isOk())
                .andExpect(jsonPath("$.headerName").value("X-XSRF-TOKEN")).andReturn();
        Cookie cookie = result.getResponse().getCookie("XSRF-TOKEN");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isFalse();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }
}

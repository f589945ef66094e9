package ua.zalik.rest.problems;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.testsupport.SchoolFixture;

import java.util.concurrent.Semaphore;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An instance with every place for an API request taken refuses one more at once, politely, and serves it later. */
@SpringBootTest
@AutoConfigureMockMvc
class InFlightLimitTests {

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;
    @Autowired FilterRegistrationBean<InFlightLimitFilter> limit;

    @Test
    void aRequestFindingEveryPlaceTakenIsRefusedWith503AndRetryAfterInTheReadersLanguageThenServedOnceOneIsFree()
            throws Exception {
        SchoolFixture.World w = fixture.create();
        Semaphore places = limit.getFilter().places();
        int taken = places.drainPermits();
        try {
            mvc.perform(get("/api/classes").with(sessions.as(w.admin())))
                    .andExpect(status().is(503))
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("зараз забагато запитів; спробуйте ще раз за секунду"));
            mvc.perform(get("/api/classes").header("Accept-Language", "en").with(sessions.as(w.admin())))
                    .andExpect(status().is(503))
                    .andExpect(jsonPath("$.detail").value("too many requests at the moment; please try again in a second"));
            // only the API is limited (the dashboard's pages are app's; here no page answers, and nothing refuses)
            mvc.perform(get("/index.html")).andExpect(result ->
                    org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus()).isNotEqualTo(503));
        } finally {
            places.release(taken);
        }

        mvc.perform(get("/api/classes").with(sessions.as(w.admin()))).andExpect(status().isOk());
        mvc.perform(get("/api/classes").with(sessions.as(w.admin()))).andExpect(status().isOk());
    }
}

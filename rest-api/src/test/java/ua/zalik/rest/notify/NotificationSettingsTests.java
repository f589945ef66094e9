package ua.zalik.rest.notify;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ua.zalik.rest.auth.Csrf;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.testsupport.SchoolFixture;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class NotificationSettingsTests {

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;

    @Test
    void eachAccountKeepsItsOwnSettings() throws Exception {
        SchoolFixture.World w = fixture.create();
        mvc.perform(get("/api/me/notifications").with(sessions.as(w.parent()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.disabledKinds").isEmpty()).andExpect(jsonPath("$.digestDay").value("SUNDAY"));

        mvc.perform(put("/api/me/notifications").with(sessions.as(w.parent())).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"disabledKinds":["PARENT_DIGEST"],"quietFrom":"22:00","quietTo":"07:00","digestDay":"FRIDAY","digestHour":19}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.quietFrom").value("22:00:00"));

        mvc.perform(get("/api/me/notifications").with(sessions.as(w.parent())))
                .andExpect(jsonPath("$.disabledKinds[0]").value("PARENT_DIGEST")).andExpect(jsonPath("$.digestHour").value(19));
        mvc.perform(get("/api/me/notifications").with(sessions.as(w.studentA())))
                .andExpect(jsonPath("$.disabledKinds").isEmpty());
    }

    @Test
    void quietHoursNeedBothEndsAndKindsMustExist() throws Exception {
        SchoolFixture.World w = fixture.create();
        mvc.perform(put("/api/me/notifications").with(sessions.as(w.parent())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"disabledKinds\":[],\"quietFrom\":\"22:00\",\"digestDay\":\"FRIDAY\",\"digestHour\":19}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/me/notifications").with(sessions.as(w.parent())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"disabledKinds\":[\"SPAM\"],\"digestDay\":\"FRIDAY\",\"digestHour\":19}"))
                .andExpect(status().isBadRequest());
    }
}

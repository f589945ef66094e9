package ua.zalik.rest.worktime;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ua.zalik.rest.auth.Csrf;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.testsupport.SchoolFixture;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class WorktimeApiTests {

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;

    @Test
    void aTimerStartsRunsAndStops() throws Exception {
        SchoolFixture.World w = fixture.create();
        String started = mvc.perform(post("/api/worktime/timer").with(sessions.as(w.studentA())).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"activity\":\"homework\",\"subjectId\":" + w.maths().id() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.endedAt").value(nullValue()))
                .andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(started, "$.id").longValue();

        mvc.perform(get("/api/worktime/timer").with(sessions.as(w.studentA()))).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(delete("/api/worktime/timer").with(sessions.as(w.studentA())).with(Csrf.token(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.endedAt").isNotEmpty());
        mvc.perform(get("/api/worktime/timer").with(sessions.as(w.studentA()))).andExpect(status().isNoContent());
        mvc.perform(delete("/api/worktime/timer").with(sessions.as(w.studentA())).with(Csrf.token(mvc))).andExpect(status().isNoContent());
    }

    @Test
    void manualTimeShowsInReportsChartAndExports() throws Exception {
        SchoolFixture.World w = fixture.create();
        mvc.perform(post("/api/worktime/entries").with(sessions.as(w.studentA())).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"activity\":\"homework\",\"subjectId\":" + w.maths().id() + ",\"startedAt\":\"2026-05-05T10:00:00Z\",\"minutes\":45}"))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/worktime/goal").with(sessions.as(w.studentA())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content("{\"weeklyMinutes\":90}")).andExpect(status().isNoContent());
        String child = "?accountId=" + w.studentA().id();

        mvc.perform(get("/api/worktime/reports/day" + child + "&date=2026-05-05").with(sessions.as(w.parent())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalMinutes").value(45));
        mvc.perform(get("/api/worktime/reports/week" + child + "&date=2026-05-07").with(sessions.as(w.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.totalMinutes").value(45))
                .andExpect(jsonPath("$.goal.percent").value(50))
                .andExpect(jsonPath("$.subjects[0].subjectName").value("Maths"))
                .andExpect(jsonPath("$.subjects[0].minutes").value(45));
        mvc.perform(get("/api/worktime/reports/subjects" + child + "&from=2026-05-01&to=2026-05-31").with(sessions.as(w.studentA())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].minutes").value(45));
        mvc.perform(get("/api/worktime/reports/classes/" + w.classA().id() + "?from=2026-05-04&to=2026-05-10").with(sessions.as(w.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.students[0].studentId").value(w.studentA().id()))
                .andExpect(jsonPath("$.students[0].totalMinutes").value(45));

        byte[] png = mvc.perform(get("/api/worktime/reports/week/chart" + child + "&date=2026-05-07").with(sessions.as(w.studentA())))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();

        mvc.perform(get("/api/worktime/export/csv" + child + "&from=2026-05-01&to=2026-05-31").with(sessions.as(w.studentA())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("2026-05-05,13:00,13:45,45,homework,Maths,MANUAL")));
        byte[] xlsx = mvc.perform(get("/api/worktime/export/xlsx" + child).with(sessions.as(w.studentA())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
    }

    @Test
    void aBadReportRangeIsABadRequest() throws Exception {
        SchoolFixture.World w = fixture.create();
        mvc.perform(get("/api/worktime/reports/subjects?from=2026-05-31&to=2026-05-01").with(sessions.as(w.studentA())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("звіт охоплює від 1 до")));
        mvc.perform(get("/api/worktime/reports/subjects?from=2026-05-31&to=2026-05-01").header("Accept-Language", "en")
                        .with(sessions.as(w.studentA())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("a report covers")));
        mvc.perform(post("/api/worktime/entries").with(sessions.as(w.studentA())).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"activity\":\"homework\",\"minutes\":0}"))
                .andExpect(status().isBadRequest());
    }
}

package ua.zalik.rest.notes;

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
import ua.zalik.users.Account;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class NoteApiTests {

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;

    @Test
    void aStudentWritesFindsEditsExportsAndDeletesANote() throws Exception {
        SchoolFixture.World w = fixture.create();
        Account student = w.studentA();
        String created = mvc.perform(post("/api/notes").with(sessions.as(student)).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"У п'ятницю контрольну роботу #алгебра\",\"subjectId\":" + w.maths().id() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tags[0]").value("алгебра"))
                .andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(created, "$.id").longValue();

        assertThat(ids(get("/api/notes/search").param("q", "контрольна робота"), student)).containsExactly(id);
        assertThat(ids(get("/api/notes").param("tag", "алгебра"), student)).containsExactly(id);
        mvc.perform(get("/api/notes/tags").with(sessions.as(student))).andExpect(status().isOk()).andExpect(jsonPath("$[0]").value("алгебра"));

        mvc.perform(put("/api/notes/" + id).with(sessions.as(student)).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Перенесли на понеділок #алгебра #перенесено\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tags.length()").value(2))
                .andExpect(jsonPath("$.subjectId").doesNotExist());

        mvc.perform(get("/api/notes/export").with(sessions.as(student)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/markdown")))
                .andExpect(header().string("Content-Disposition", containsString("notes.md")))
                .andExpect(content().string(containsString("Перенесли на понеділок")));

        mvc.perform(delete("/api/notes/" + id).with(sessions.as(student)).with(Csrf.token(mvc))).andExpect(status().isNoContent());
        mvc.perform(get("/api/notes/" + id).with(sessions.as(student)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aClassNoteIsListedForTheClassAndNobodyElse() throws Exception {
        SchoolFixture.World w = fixture.create();
        String created = mvc.perform(post("/api/notes").with(sessions.as(w.teacher())).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Екскурсія у четвер\",\"audience\":\"CLASS\",\"classId\":" + w.classA().id() + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(created, "$.id").longValue();

        assertThat(ids(get("/api/notes"), w.studentA())).containsExactly(id);
        assertThat(ids(get("/api/notes"), w.parent())).containsExactly(id);
        assertThat(ids(get("/api/notes"), w.studentB())).isEmpty();
        assertThat(ids(get("/api/notes").param("mine", "true"), w.studentA())).isEmpty();
    }

    @Test
    void aNoteWithoutTextOrAnEmptySearchIsABadRequest() throws Exception {
        SchoolFixture.World w = fixture.create();
        mvc.perform(post("/api/notes").with(sessions.as(w.studentA())).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("нотатці потрібен текст або файл"));
        mvc.perform(get("/api/notes/search").param("q", " ").with(sessions.as(w.studentA())))
                .andExpect(status().isBadRequest());
    }

    private List<Long> ids(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Account caller) throws Exception {
        String body = mvc.perform(request.with(sessions.as(caller))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }
}

package ua.zalik.rest.matrix;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.school.SchoolService;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Lists answer everyone, but each caller sees only what is theirs. */
@SpringBootTest
@AutoConfigureMockMvc
class VisibilityTests {

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;
    @Autowired SchoolService school;

    @Test
    void eachCallerListsOnlyTheClassesThatAreTheirs() throws Exception {
        SchoolFixture.World a = fixture.create();
        SchoolFixture.World b = fixture.create();
        String classA = a.classA().name();

        assertThat(classIds(a.admin())).containsExactlyInAnyOrder(a.classA().id(), a.classB().id());
        assertThat(classIds(a.teacher())).containsExactly(a.classA().id());
        assertThat(classIds(a.studentA())).containsExactly(a.classA().id());
        assertThat(classIds(a.studentB())).containsExactly(a.classB().id());
        assertThat(classIds(a.parent())).as("the parent of class %s's student", classA).containsExactly(a.classA().id());
        assertThat(classIds(b.admin())).containsExactlyInAnyOrder(b.classA().id(), b.classB().id());
    }

    @Test
    void aStudentsClassesShowToTheStudentTheParentAndTheAdminButATeacherSeesOnlyTheirOwn() throws Exception {
        SchoolFixture.World a = fixture.create();
        school.enrol(a.actor(a.admin()), a.classB().id(), a.studentA().id());
        String path = "/api/users/" + a.studentA().id() + "/classes";

        for (Account caller : List.of(a.admin(), a.studentA(), a.parent())) {
            List<Number> ids = JsonPath.read(body(path, caller), "$[*].id");
            assertThat(ids.stream().map(Number::longValue).toList()).as(caller.fullName())
                    .containsExactly(a.classA().id(), a.classB().id());
        }
        assertThat(JsonPath.<List<String>>read(body(path, a.teacher()), "$[*].name")).containsExactly(a.classA().name());
    }

    @Test
    void aTeacherListsOnlyTheStudentsOfTheirClasses() throws Exception {
        SchoolFixture.World a = fixture.create();

        assertThat(ids("/api/users", a.teacher())).containsExactly(a.studentA().id());
        assertThat(ids("/api/users", a.admin())).contains(a.admin().id(), a.teacher().id(), a.studentA().id(),
                a.studentB().id(), a.parent().id());
    }

    @Test
    void anotherSchoolsAdminListsNoneOfThisSchoolsAccounts() throws Exception {
        SchoolFixture.World a = fixture.create();
        SchoolFixture.World b = fixture.create();

        assertThat(ids("/api/users?size=200", b.admin())).doesNotContain(a.admin().id(), a.teacher().id(),
                a.studentA().id(), a.studentB().id(), a.parent().id());
    }

    private List<Long> classIds(Account caller) throws Exception {
        return ids("/api/classes", caller);
    }

    private String body(String path, Account caller) throws Exception {
        return mvc.perform(get(path).with(sessions.as(caller))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private List<Long> ids(String path, Account caller) throws Exception {
        List<Number> ids = JsonPath.read(body(path, caller), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }
}

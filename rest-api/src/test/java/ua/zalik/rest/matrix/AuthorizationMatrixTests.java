package ua.zalik.rest.matrix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.rest.auth.Csrf;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.Attempts;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.Tests;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.NewInvite;
import ua.zalik.users.UsersService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API endpoint × every kind of caller, against school A's objects: the allowed callers get a 2xx, everyone else
 * (another class's teacher, another child's parent, the other student, another school's admin) a 4xx problem.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

    /** Open to anyone, so outside the matrix: logging in (password or Telegram) and fetching the CSRF cookie. */
    private static final Set<String> PUBLIC = Set.of("POST /api/auth/login", "POST /api/auth/telegram", "GET /api/auth/csrf");

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;
    @Autowired UsersService users;
    @Autowired QuestionBank bank;
    @Autowired Tests tests;
    @Autowired Assignments assignments;
    @Autowired Attempts attempts;
    @Autowired Clock clock;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    static Stream<Row> rows() {
        return Stream.of(FoundationRows.rows(), TestingRows.rows(), NotesRows.rows(), WorktimeRows.rows()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void onlyTheAllowedCallersGetA2xx(Row row) throws Exception {
        Scene scene = scene();
        RequestPostProcessor csrf = Csrf.token(mvc);
        // the refused first: an allowed DELETE or submit must not change the object before they are asked
        List<Caller> order = new ArrayList<>(Caller.EVERYONE.stream().filter(c -> !row.allowed().contains(c)).toList());
        order.addAll(row.allowed());
        int allowedAsked = 0;
        for (Caller caller : order) {
            if (row.allowed().contains(caller) && row.consumesItsObject() && allowedAsked++ > 0) {
                scene = scene();
            }
            MockHttpServletResponse response = mvc.perform(requestFor(row, scene).with(sessions.as(scene.account(caller))).with(csrf))
                    .andReturn().getResponse();
            String what = row + " as " + caller + ": " + response.getContentAsString();
            if (row.allowed().contains(caller)) {
                assertThat(response.getStatus()).as(what).isBetween(200, 299);
            } else {
                assertThat(response.getStatus()).as(what).isIn(403, 404);
                assertThat(response.getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            }
        }
    }

    @Test
    void everyApiEndpointHasARow() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/") && !pattern.startsWith("/api/docs"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        endpoints.removeAll(PUBLIC);
        Set<String> covered = new TreeSet<>(rows().map(Row::key).toList());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(endpoints);
    }

    private static MockHttpServletRequestBuilder requestFor(Row row, Scene scene) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), row.path().apply(scene));
        String body = row.body().apply(scene);
        return body == null ? request : request.contentType(row.contentType()).content(body);
    }

    private Scene scene() {
        SchoolFixture.World a = fixture.create();
        SchoolFixture.World b = fixture.create();
        Actor admin = a.actor(a.admin());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Account otherTeacher = users.createAccount(admin, new NewAccount(0, "Teacher of nothing " + tag,
                "nothing-" + tag + "@test.zalik.ua", null, Set.of(Role.TEACHER), "uk"));
        Account otherParent = users.createAccount(admin, new NewAccount(0, "Parent B " + tag, null, null,
                Set.of(Role.PARENT), "uk"));
        users.linkGuardian(admin, otherParent.id(), a.studentB().id());
        return new Scene(a, b, otherTeacher, otherParent,
                users.createInvite(admin, new NewInvite(Role.TEACHER, null, null, null, null)),
                TestingScene.of(a, bank, tests, assignments, attempts, clock));
    }
}

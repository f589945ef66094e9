package ua.zalik.rest.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ua.zalik.rest.auth.Csrf;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.testing.NewCategory;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testsupport.SchoolFixture;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile, malformed and mistyped bodies and ids (generated with jqwik's arbitraries) sent by a logged-in admin to
 * every endpoint that takes input (question files included): never a 5xx, and every refusal is a problem+json.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileBodyTests {

    private static final List<String> ENDPOINTS = List.of("POST /api/classes", "PUT /api/classes/{class}",
            "POST /api/classes/{class}/students", "POST /api/subjects", "POST /api/teaching", "DELETE /api/teaching",
            "POST /api/terms", "PATCH /api/schools/current", "POST /api/users", "PATCH /api/users/{student}",
            "PUT /api/users/{student}/roles", "PUT /api/users/{student}/password", "POST /api/guardians",
            "DELETE /api/guardians", "POST /api/invites", "POST /api/auth/login", "POST /api/auth/telegram",
            "PUT /api/me/notifications");

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;
    @Autowired QuestionBank bank;

    @Test
    void hostileBodiesNeverCauseA5xx() throws Exception {
        SchoolFixture.World w = fixture.create();
        RequestPostProcessor csrf = Csrf.token(mvc);
        List<String> bodies = bodies().sampleStream().limit(60).toList();
        for (String endpoint : ENDPOINTS) {
            for (String body : bodies) {
                String[] parts = endpoint.split(" ");
                String path = parts[1].replace("{class}", String.valueOf(w.classB().id()))
                        .replace("{student}", String.valueOf(w.studentB().id()));
                MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path)
                                .with(sessions.as(w.admin())).with(csrf).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andReturn().getResponse();
                String what = endpoint + " with " + abbreviate(body) + " -> " + response.getContentAsString();
                assertThat(response.getStatus()).as(what).isLessThan(500);
                if (response.getStatus() >= 400) {
                    assertThat(response.getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                }
            }
        }
    }

    @Test
    void hostileQuestionFilesNeverCauseA5xx() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = bank.createCategory(w.actor(w.teacher()), new NewCategory("Hostile", null, null)).id();
        RequestPostProcessor csrf = Csrf.token(mvc);
        List<String> files = questionFiles().sampleStream().limit(60).toList();
        for (String format : List.of("gift", "aiken", "moodle-xml")) {
            for (String file : files) {
                MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders
                                .post("/api/testing/categories/" + category + "/questions/import-file?format=" + format)
                                .with(sessions.as(w.admin())).with(csrf).contentType(MediaType.TEXT_PLAIN)
                                .content(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .andReturn().getResponse();
                String what = format + " file " + abbreviate(file) + " -> " + response.getContentAsString();
                assertThat(response.getStatus()).as(what).isLessThan(500);
                if (response.getStatus() >= 400) {
                    assertThat(response.getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                }
            }
        }
    }

    @Test
    void hostilePathsAndParametersNeverCauseA5xx() throws Exception {
        SchoolFixture.World w = fixture.create();
        for (String value : values().sampleStream().limit(80).toList()) {
            String encoded = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
            for (String path : List.of("/api/classes/" + encoded, "/api/users/" + encoded + "/children",
                    "/api/classes?page=" + encoded, "/api/users?role=" + encoded + "&size=" + encoded,
                    "/api/testing/categories/" + encoded + "/export?format=" + encoded,
                    "/api/testing/assignments/" + encoded + "/statistics?attempts=" + encoded,
                    "/api/testing/assignments/" + encoded + "/results.csv?style=" + encoded)) {
                MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(sessions.as(w.admin())))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(path + " -> " + response.getContentAsString()).isLessThan(500);
            }
        }
    }

    /** Pieces of GIFT, Aiken and Moodle XML, shuffled and cut, with the hostile values in between. */
    private static Arbitrary<String> questionFiles() {
        Arbitrary<String> piece = Arbitraries.oneOf(values(), Arbitraries.of("::Q::", "{", "}", "=", "~", "#", "->", "%50%",
                "{T}", "{FALSE}", "{#1..2}", "$CATEGORY: $course$/top/", "// [tag:x]", "A) ", "Б. ", "ANSWER: A", "ANSWER:",
                "<?xml version=\"1.0\"?>", "<quiz>", "</quiz>", "<question type=\"multichoice\">", "<question type=\"category\">",
                "</question>", "<text>", "</text>", "<answer fraction=\"100\">", "<answer fraction=\"-1e309\">", "</answer>",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "<![CDATA[", "]]>", "\n", "\n\n", "\\"));
        return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    /** Field values a careless or hostile client sends: wrong types, huge numbers, markup, SQL, control characters. */
    private static Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20),
                Arbitraries.of("<script>alert(1)</script>", "'; drop table users.account; --", "\" or 1=1 --",
                        "9223372036854775808", "-1", "0", "1e309", "NaN", "null", "true", "[]", "{}", "Європа/Київ",
                        "Europe/Kyiv", "2026-02-30", "STUDENT", "ADMIN", "", " ", "\uD83D\uDE00".repeat(50)),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf));
    }

    private static Arbitrary<String> jsonValue() {
        return Arbitraries.oneOf(
                values().map(HostileBodyTests::quoted),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("null", "true", "false", "[]", "{}", "[1,2,3]", "{\"a\":{\"b\":[null]}}", "1.5", "-0",
                        "99999999999999999999999999", "[\"STUDENT\",\"NOBODY\"]", "[\"ADMIN\"]"));
    }

    private static Arbitrary<String> bodies() {
        Arbitrary<String> field = Arbitraries.of("name", "grade", "academicYear", "studentId", "teacherId", "classId",
                "subjectId", "startsOn", "endsOn", "timezone", "gradeThresholds", "fullName", "email", "password", "roles",
                "language", "parentId", "role", "childId", "validDays", "maxUses", "disabledKinds", "quietFrom", "quietTo",
                "digestDay", "digestHour", "id", "first_name", "last_name", "username", "photo_url", "auth_date", "hash",
                "__proto__", "");
        Arbitrary<String> object = Arbitraries.maps(field, jsonValue()).ofMaxSize(8).map(map -> map.entrySet().stream()
                .map(e -> quoted(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(",", "{", "}")));
        return Arbitraries.oneOf(object, object, object,
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("", "{", "[", "{\"name\":", "{\"name\":\"x\"}}", "[{}]", "\"just a string\"", "42", "null",
                        "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}"));
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}

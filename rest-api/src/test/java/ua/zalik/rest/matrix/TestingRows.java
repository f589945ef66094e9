package ua.zalik.rest.matrix;

import org.springframework.http.MediaType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static ua.zalik.rest.matrix.Caller.ADMIN;
import static ua.zalik.rest.matrix.Caller.EVERYONE;
import static ua.zalik.rest.matrix.Caller.OTHER_SCHOOL_ADMIN;
import static ua.zalik.rest.matrix.Caller.OTHER_TEACHER;
import static ua.zalik.rest.matrix.Caller.PARENT;
import static ua.zalik.rest.matrix.Caller.STUDENT;
import static ua.zalik.rest.matrix.Caller.TEACHER;

/**
 * Question bank, tests, assignments, attempts, reviews and grading: the teacher of class A (who owns the bank and the
 * test) and A's admin manage; student A takes their own attempts; parent A sees what the review policy shows.
 */
final class TestingRows {

    /** The bank's owner and the school's admin. */
    private static final Set<Caller> MANAGERS = EnumSet.of(ADMIN, TEACHER);
    /** Every teacher and admin has a bank and may list it (lists are filtered: TestingAccessTests). */
    private static final Set<Caller> AUTHORS = EnumSet.of(ADMIN, TEACHER, OTHER_TEACHER, OTHER_SCHOOL_ADMIN);
    private static final Set<Caller> THE_STUDENT = EnumSet.of(STUDENT);
    private static final String QUESTION = """
            {"name": "Lviv", "text": "Lviv is the capital?", "body": {"type": "TRUE_FALSE", "answer": false}}""";

    private TestingRows() {
    }

    static List<Row> rows() {
        return List.of(
                Row.get("/api/testing/categories", s -> "/api/testing/categories", AUTHORS),
                Row.with("POST", "/api/testing/categories", s -> "/api/testing/categories",
                        s -> "{\"name\": \"Europe\", \"parentId\": " + t(s).category() + "}", MANAGERS),
                Row.with("PUT", "/api/testing/categories/{id}", s -> category(s), s -> "{\"name\": \"Capitals\"}", MANAGERS),
                Row.with("DELETE", "/api/testing/categories/{id}", s -> "/api/testing/categories/" + t(s).emptyCategory(),
                        s -> null, MANAGERS),
                Row.get("/api/testing/categories/{id}/questions", s -> category(s) + "/questions", MANAGERS),
                Row.with("POST", "/api/testing/categories/{id}/questions", s -> category(s) + "/questions", s -> QUESTION,
                        MANAGERS),
                Row.with("POST", "/api/testing/categories/{id}/questions/import", s -> category(s) + "/questions/import",
                        s -> "[" + QUESTION + "]", MANAGERS),
                Row.with("POST", "/api/testing/categories/{id}/questions/import-file",
                        s -> category(s) + "/questions/import-file?format=gift", s -> "::Dnipro::The Dnipro flows through Kyiv {T}",
                        MediaType.TEXT_PLAIN, MANAGERS),
                Row.get("/api/testing/categories/{id}/export", s -> category(s) + "/export?format=moodle-xml", MANAGERS),
                Row.get("/api/testing/questions/{id}", s -> question(s), MANAGERS),
                Row.with("PUT", "/api/testing/questions/{id}", s -> question(s), s -> QUESTION, MANAGERS),
                Row.with("DELETE", "/api/testing/questions/{id}", s -> "/api/testing/questions/" + t(s).spareQuestion(),
                        s -> null, MANAGERS),
                Row.with("PUT", "/api/testing/questions/{id}/image", s -> question(s) + "/image", s -> "\u0089PNG",
                        MediaType.IMAGE_PNG, MANAGERS),
                Row.get("/api/testing/questions/{id}/image", s -> question(s) + "/image", MANAGERS),
                Row.with("DELETE", "/api/testing/questions/{id}/image", s -> question(s) + "/image", s -> null, MANAGERS),

                Row.get("/api/testing/tests", s -> "/api/testing/tests", AUTHORS),
                Row.with("POST", "/api/testing/tests", s -> "/api/testing/tests",
                        s -> "{\"title\": \"Capitals 2\", \"slots\": [{\"questionId\": " + t(s).question() + "}]}", MANAGERS),
                Row.get("/api/testing/tests/{id}", s -> test(s), MANAGERS),
                Row.with("PUT", "/api/testing/tests/{id}", s -> test(s),
                        s -> "{\"title\": \"Capitals\", \"slots\": [{\"questionId\": " + t(s).question() + "}], "
                                + "\"settings\": {\"attemptsAllowed\": 3}}", MANAGERS),
                Row.get("/api/testing/tests/{id}/statistics", s -> test(s) + "/statistics", MANAGERS),
                Row.with("DELETE", "/api/testing/tests/{id}", s -> "/api/testing/tests/" + t(s).unassignedTest(), s -> null,
                        MANAGERS),

                // a list: each caller sees only theirs (TestingAccessTests); nobody is refused
                Row.get("/api/testing/assignments", s -> "/api/testing/assignments", EVERYONE),
                Row.with("POST", "/api/testing/assignments", s -> "/api/testing/assignments",
                        s -> "{\"testId\": " + t(s).test() + ", \"classId\": " + s.classA() + ", \"dueAt\": \"2099-01-01T00:00:00Z\"}",
                        MANAGERS),
                Row.get("/api/testing/assignments/{id}", s -> assignment(s), EnumSet.of(ADMIN, TEACHER, STUDENT, PARENT)),
                Row.get("/api/testing/assignments/{id}/overrides", s -> assignment(s) + "/overrides", MANAGERS),
                Row.with("POST", "/api/testing/assignments/{id}/overrides", s -> assignment(s) + "/overrides",
                        s -> "{\"studentIds\": [" + s.studentA() + "], \"attemptsAllowed\": 5}", MANAGERS),
                Row.with("DELETE", "/api/testing/assignments/{id}/overrides/{studentId}",
                        s -> assignment(s) + "/overrides/" + s.studentA(), s -> null, MANAGERS),
                Row.get("/api/testing/assignments/{id}/results", s -> assignment(s) + "/results", MANAGERS),
                Row.get("/api/testing/assignments/{id}/responses", s -> assignment(s) + "/responses", MANAGERS),
                Row.get("/api/testing/assignments/{id}/results.csv", s -> assignment(s) + "/results.csv", MANAGERS),
                Row.get("/api/testing/assignments/{id}/results.xlsx", s -> assignment(s) + "/results.xlsx", MANAGERS),
                Row.get("/api/testing/assignments/{id}/statistics", s -> assignment(s) + "/statistics?attempts=all", MANAGERS),
                Row.get("/api/testing/assignments/{id}/figures", s -> assignment(s) + "/figures", MANAGERS),
                Row.get("/api/testing/classes/{id}/figures", s -> "/api/testing/classes/" + s.classA() + "/figures", MANAGERS),

                Row.with("POST", "/api/testing/assignments/{id}/attempts", s -> assignment(s) + "/attempts", s -> null,
                        THE_STUDENT),
                Row.get("/api/testing/attempts/{id}", s -> attempt(s), THE_STUDENT),
                Row.get("/api/testing/attempts/{id}/questions/{slot}", s -> attempt(s) + "/questions/0", THE_STUDENT),
                Row.get("/api/testing/attempts/{id}/questions/{slot}/image", s -> attempt(s) + "/questions/0/image",
                        THE_STUDENT),
                Row.with("PUT", "/api/testing/attempts/{id}/answers/{slot}", s -> attempt(s) + "/answers/0",
                        s -> "{\"kind\": \"true_false\", \"value\": false}", THE_STUDENT),
                Row.with("POST", "/api/testing/attempts/{id}/submit", s -> attempt(s) + "/submit", s -> null, THE_STUDENT),
                // the test shows reviews right after the attempt, so the student and their parent see it
                Row.get("/api/testing/attempts/{id}/review", s -> finished(s) + "/review",
                        EnumSet.of(ADMIN, TEACHER, STUDENT, PARENT)),
                Row.get("/api/testing/students/{id}/results", s -> "/api/testing/students/" + s.studentA() + "/results",
                        EnumSet.of(STUDENT, PARENT)),
                Row.get("/api/testing/students/{id}/report", s -> "/api/testing/students/" + s.studentA() + "/report",
                        EnumSet.of(PARENT)),
                Row.get("/api/testing/grading-queue", s -> "/api/testing/grading-queue?assignmentId=" + t(s).assignment(),
                        MANAGERS),
                Row.with("PUT", "/api/testing/attempts/{id}/grades/{slot}", s -> finished(s) + "/grades/1",
                        s -> "{\"points\": 1, \"comment\": \"good\"}", MANAGERS));
    }

    private static TestingScene t(Scene scene) {
        return scene.testing();
    }

    private static String category(Scene s) {
        return "/api/testing/categories/" + t(s).category();
    }

    private static String question(Scene s) {
        return "/api/testing/questions/" + t(s).question();
    }

    private static String test(Scene s) {
        return "/api/testing/tests/" + t(s).test();
    }

    private static String assignment(Scene s) {
        return "/api/testing/assignments/" + t(s).assignment();
    }

    private static String attempt(Scene s) {
        return "/api/testing/attempts/" + t(s).attemptInProgress();
    }

    private static String finished(Scene s) {
        return "/api/testing/attempts/" + t(s).finishedAttempt();
    }
}

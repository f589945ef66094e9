package ua.zalik.rest.matrix;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static ua.zalik.rest.matrix.Caller.ADMIN;
import static ua.zalik.rest.matrix.Caller.EVERYONE;
import static ua.zalik.rest.matrix.Caller.PARENT;
import static ua.zalik.rest.matrix.Caller.STUDENT;
import static ua.zalik.rest.matrix.Caller.TEACHER;

/** Time tracking: everyone times their own work; student A's time is for A, A's parent, A's teacher and the admin. */
final class WorktimeRows {

    private static final Set<Caller> WHO_SEES_A = EnumSet.of(ADMIN, TEACHER, STUDENT, PARENT);

    private WorktimeRows() {
    }

    static List<Row> rows() {
        return List.of(
                Row.get("/api/worktime/timer", s -> "/api/worktime/timer", EVERYONE),
                Row.with("POST", "/api/worktime/timer", s -> "/api/worktime/timer", s -> "{\"activity\":\"homework\"}", EVERYONE),
                Row.with("DELETE", "/api/worktime/timer", s -> "/api/worktime/timer", s -> null, EVERYONE),
                Row.with("PUT", "/api/worktime/goal", s -> "/api/worktime/goal", s -> "{\"weeklyMinutes\":300}", EVERYONE),

                Row.get("/api/worktime/entries", s -> "/api/worktime/entries?accountId=" + s.studentA(), WHO_SEES_A),
                Row.get("/api/worktime/entries/{id}", s -> "/api/worktime/entries/" + SceneObjects.studentsEntry(s), WHO_SEES_A),
                Row.with("POST", "/api/worktime/entries", s -> "/api/worktime/entries",
                        s -> "{\"activity\":\"reading\",\"minutes\":30}", EVERYONE),
                Row.with("PUT", "/api/worktime/entries/{id}", s -> "/api/worktime/entries/" + SceneObjects.studentsEntry(s),
                        s -> "{\"activity\":\"reading\",\"startedAt\":\"2026-05-05T10:00:00Z\",\"endedAt\":\"2026-05-05T10:30:00Z\"}",
                        EnumSet.of(STUDENT)),
                Row.with("DELETE", "/api/worktime/entries/{id}", s -> "/api/worktime/entries/" + SceneObjects.studentsEntry(s),
                        s -> null, EnumSet.of(STUDENT)),

                Row.get("/api/worktime/reports/day", s -> "/api/worktime/reports/day?accountId=" + s.studentA(), WHO_SEES_A),
                Row.get("/api/worktime/reports/week", s -> "/api/worktime/reports/week?accountId=" + s.studentA(), WHO_SEES_A),
                Row.get("/api/worktime/reports/week/chart", s -> "/api/worktime/reports/week/chart?accountId=" + s.studentA(), WHO_SEES_A),
                Row.get("/api/worktime/reports/subjects",
                        s -> "/api/worktime/reports/subjects?from=2026-09-01&to=2026-09-30&accountId=" + s.studentA(), WHO_SEES_A),
                Row.get("/api/worktime/reports/classes/{classId}",
                        s -> "/api/worktime/reports/classes/" + s.classA() + "?from=2026-09-01&to=2026-09-07", EnumSet.of(ADMIN, TEACHER)),
                Row.get("/api/worktime/export/csv", s -> "/api/worktime/export/csv?accountId=" + s.studentA(), WHO_SEES_A),
                Row.get("/api/worktime/export/xlsx", s -> "/api/worktime/export/xlsx?accountId=" + s.studentA(), WHO_SEES_A));
    }
}

package ua.zalik.rest.matrix;

import java.util.EnumSet;
import java.util.List;

import static ua.zalik.rest.matrix.Caller.ADMIN;
import static ua.zalik.rest.matrix.Caller.ANY_ADMIN;
import static ua.zalik.rest.matrix.Caller.EVERYONE;
import static ua.zalik.rest.matrix.Caller.OTHER_SCHOOL_ADMIN;
import static ua.zalik.rest.matrix.Caller.OTHER_TEACHER;
import static ua.zalik.rest.matrix.Caller.PARENT;
import static ua.zalik.rest.matrix.Caller.STUDENT;
import static ua.zalik.rest.matrix.Caller.TEACHER;

/** School, classes, curriculum, users, guardians, invites and the session: who may do what to school A's objects. */
final class FoundationRows {

    private FoundationRows() {
    }

    static List<Row> rows() {
        return List.of(
                Row.get("/api/auth/me", s -> "/api/auth/me", EVERYONE),
                Row.with("POST", "/api/auth/logout", s -> "/api/auth/logout", s -> null, EVERYONE),

                Row.get("/api/schools/current", s -> "/api/schools/current", EVERYONE),
                Row.with("PATCH", "/api/schools/current", s -> "/api/schools/current", s -> "{\"timezone\":\"Europe/Kyiv\"}", ANY_ADMIN),

                // lists are filtered to what each caller may see (VisibilityTests); here: nobody is refused
                Row.get("/api/classes", s -> "/api/classes", EVERYONE),
                Row.get("/api/classes/{id}", s -> "/api/classes/" + s.classA(), EnumSet.of(ADMIN, TEACHER, STUDENT, PARENT)),
                Row.with("POST", "/api/classes", s -> "/api/classes",
                        s -> "{\"name\":\"9-V\",\"grade\":9,\"academicYear\":\"2026/2027\"}", ANY_ADMIN),
                Row.with("PUT", "/api/classes/{id}", s -> "/api/classes/" + s.classA(),
                        s -> "{\"name\":\"7-A renamed\",\"grade\":7,\"academicYear\":\"2026/2027\"}", EnumSet.of(ADMIN)),
                Row.with("DELETE", "/api/classes/{id}", s -> "/api/classes/" + s.classB(), s -> null, EnumSet.of(ADMIN)),
                Row.get("/api/classes/{id}/students", s -> "/api/classes/" + s.classA() + "/students", EnumSet.of(ADMIN, TEACHER)),
                Row.with("POST", "/api/classes/{id}/students", s -> "/api/classes/" + s.classA() + "/students",
                        s -> "{\"studentId\":" + s.studentB() + "}", EnumSet.of(ADMIN)),
                Row.with("DELETE", "/api/classes/{id}/students/{studentId}",
                        s -> "/api/classes/" + s.classA() + "/students/" + s.studentA(), s -> null, EnumSet.of(ADMIN)),

                Row.get("/api/subjects", s -> "/api/subjects", EVERYONE),
                Row.with("POST", "/api/subjects", s -> "/api/subjects", s -> "{\"name\":\"Physics\"}", ANY_ADMIN),
                Row.get("/api/teaching", s -> "/api/teaching", EnumSet.of(ADMIN, TEACHER, OTHER_TEACHER, OTHER_SCHOOL_ADMIN)),
                Row.with("POST", "/api/teaching", s -> "/api/teaching",
                        s -> teaching(s.teacher(), s.classB(), s.maths()), EnumSet.of(ADMIN)),
                Row.with("DELETE", "/api/teaching", s -> "/api/teaching",
                        s -> teaching(s.teacher(), s.classA(), s.maths()), EnumSet.of(ADMIN)),
                Row.get("/api/terms", s -> "/api/terms", EVERYONE),
                Row.with("POST", "/api/terms", s -> "/api/terms",
                        s -> "{\"name\":\"Autumn\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-12-24\"}", ANY_ADMIN),

                Row.get("/api/users", s -> "/api/users", EnumSet.of(ADMIN, TEACHER, OTHER_TEACHER, OTHER_SCHOOL_ADMIN)),
                Row.get("/api/users/{id}", s -> "/api/users/" + s.studentA(), EnumSet.of(ADMIN, TEACHER, STUDENT, PARENT)),
                Row.with("POST", "/api/users", s -> "/api/users",
                        s -> "{\"fullName\":\"New Student\",\"roles\":[\"STUDENT\"]}", ANY_ADMIN),
                Row.with("PATCH", "/api/users/{id}", s -> "/api/users/" + s.studentA(), s -> "{\"language\":\"en\"}",
                        EnumSet.of(ADMIN, STUDENT)),
                Row.with("PUT", "/api/users/{id}/roles", s -> "/api/users/" + s.studentA() + "/roles",
                        s -> "{\"roles\":[\"STUDENT\"]}", EnumSet.of(ADMIN)),
                Row.with("PUT", "/api/users/{id}/password", s -> "/api/users/" + s.studentA() + "/password",
                        s -> "{\"password\":\"a-new-password\"}", EnumSet.of(ADMIN, STUDENT)),
                Row.get("/api/users/{id}/children", s -> "/api/users/" + s.parent() + "/children", EnumSet.of(ADMIN, PARENT)),
                Row.get("/api/users/{id}/classes", s -> "/api/users/" + s.studentA() + "/classes",
                        EnumSet.of(ADMIN, TEACHER, STUDENT, PARENT)),
                Row.get("/api/users/{id}/guardians", s -> "/api/users/" + s.studentA() + "/guardians",
                        EnumSet.of(ADMIN, TEACHER, STUDENT, PARENT)),

                Row.with("POST", "/api/guardians", s -> "/api/guardians",
                        s -> "{\"parentId\":" + s.otherParent().id() + ",\"studentId\":" + s.studentA() + "}", EnumSet.of(ADMIN)),
                Row.with("DELETE", "/api/guardians", s -> "/api/guardians",
                        s -> "{\"parentId\":" + s.parent() + ",\"studentId\":" + s.studentA() + "}", EnumSet.of(ADMIN)),

                Row.get("/api/me/notifications", s -> "/api/me/notifications", EVERYONE),
                Row.with("PUT", "/api/me/notifications", s -> "/api/me/notifications",
                        s -> "{\"disabledKinds\":[\"NUDGE\"],\"quietFrom\":\"22:00\",\"quietTo\":\"07:00\","
                                + "\"digestDay\":\"FRIDAY\",\"digestHour\":19}", EVERYONE),

                Row.get("/api/invites", s -> "/api/invites", EnumSet.of(ADMIN, TEACHER, OTHER_TEACHER, OTHER_SCHOOL_ADMIN)),
                Row.with("POST", "/api/invites", s -> "/api/invites",
                        s -> "{\"role\":\"STUDENT\",\"classId\":" + s.classA() + "}", EnumSet.of(ADMIN, TEACHER)),
                Row.with("DELETE", "/api/invites/{id}", s -> "/api/invites/" + s.invite().id(), s -> null, EnumSet.of(ADMIN)));
    }

    private static String teaching(long teacher, long schoolClass, long subject) {
        return "{\"teacherId\":" + teacher + ",\"classId\":" + schoolClass + ",\"subjectId\":" + subject + "}";
    }
}

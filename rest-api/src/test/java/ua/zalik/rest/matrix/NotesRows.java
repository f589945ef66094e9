package ua.zalik.rest.matrix;

import java.util.EnumSet;
import java.util.List;

import static ua.zalik.rest.matrix.Caller.EVERYONE;
import static ua.zalik.rest.matrix.Caller.PARENT;
import static ua.zalik.rest.matrix.Caller.TEACHER;

/** Notes: each caller lists, searches and writes their own; a note about student A is its teacher's, readable by A's parent. */
final class NotesRows {

    private NotesRows() {
    }

    static List<Row> rows() {
        return List.of(
                // lists answer everyone with what is theirs (NoteApiTests checks the contents)
                Row.get("/api/notes", s -> "/api/notes", EVERYONE),
                Row.get("/api/notes/search", s -> "/api/notes/search?q=note", EVERYONE),
                Row.get("/api/notes/export", s -> "/api/notes/export", EVERYONE),
                Row.get("/api/notes/tags", s -> "/api/notes/tags", EVERYONE),
                Row.get("/api/notes/questions/{questionId}", s -> "/api/notes/questions/42", EVERYONE),
                Row.with("POST", "/api/notes", s -> "/api/notes", s -> "{\"text\":\"My note #mine\"}", EVERYONE),
                Row.with("POST", "/api/notes", s -> "/api/notes",
                        s -> "{\"text\":\"For the class\",\"audience\":\"CLASS\",\"classId\":" + s.classA() + "}", EnumSet.of(TEACHER)),
                Row.with("POST", "/api/notes", s -> "/api/notes",
                        s -> "{\"text\":\"About A\",\"audience\":\"PARENTS\",\"studentId\":" + s.studentA() + "}", EnumSet.of(TEACHER)),
                Row.get("/api/notes/{id}", s -> "/api/notes/" + SceneObjects.teachersNoteForParents(s), EnumSet.of(TEACHER, PARENT)),
                Row.with("PUT", "/api/notes/{id}", s -> "/api/notes/" + SceneObjects.teachersNoteForParents(s),
                        s -> "{\"text\":\"Changed\"}", EnumSet.of(TEACHER)),
                Row.with("DELETE", "/api/notes/{id}", s -> "/api/notes/" + SceneObjects.teachersNoteForParents(s), s -> null,
                        EnumSet.of(TEACHER)));
    }
}

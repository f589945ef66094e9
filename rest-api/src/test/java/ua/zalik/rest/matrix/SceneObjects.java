package ua.zalik.rest.matrix;

import org.springframework.stereotype.Component;
import ua.zalik.notes.NewNote;
import ua.zalik.notes.NotesService;
import ua.zalik.worktime.ManualEntry;
import ua.zalik.worktime.WorktimeService;

import java.time.Duration;
import java.time.Instant;

/**
 * Notes and time entries of school A for rows whose path names one. The matrix builds paths in static row functions,
 * so this bean leaves itself where they can reach it; each call makes a fresh object (an allowed DELETE takes one away).
 */
@Component
class SceneObjects {

    private static volatile SceneObjects current;

    private final NotesService notes;
    private final WorktimeService worktime;

    SceneObjects(NotesService notes, WorktimeService worktime) {
        this.notes = notes;
        this.worktime = worktime;
        current = this;
    }

    /** The teacher's note about student A, meant for A's parents. */
    static long teachersNoteForParents(Scene s) {
        return current.notes.write(s.a().actor(s.a().teacher()), NewNote.aboutStudent("Row note #matrix", s.studentA(), true)).id();
    }

    /** Half an hour of student A's homework, yesterday. */
    static long studentsEntry(Scene s) {
        return current.worktime.addEntry(s.a().actor(s.a().studentA()), new ManualEntry("homework", s.maths(),
                Instant.now().minus(Duration.ofDays(1)), Duration.ofMinutes(30))).id();
    }
}

package ua.zalik.notes;

/** A note reached more readers than its author: a class's students or a student's parents, for the notification pipeline. */
public record NoteShared(long noteId, long schoolId, long authorId, Audience audience, Long classId, Long studentId) {
}

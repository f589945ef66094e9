package ua.zalik.notes;

/** New text (tags follow it) and subject of a note; who sees it stays as it was written. */
public record NoteEdit(String text, Long subjectId) {
}

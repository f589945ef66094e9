package ua.zalik.notes;

/** Narrows a list of notes; null fields do not filter. {@code mineOnly} leaves out notes shared with the caller. */
public record NoteFilter(String tag, Long subjectId, Long studentId, boolean mineOnly) {

    public static final NoteFilter ALL = new NoteFilter(null, null, null, false);
}

package ua.zalik.notes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;
import ua.zalik.outbox.Outbox;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Subject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Notes with hashtags, an optional subject, a Telegram file and a question they explain. A note is its author's; a teacher
 * may let a student's parents read a note about that student, or share a note with a class (its students, their
 * parents and its teachers read it). Only the author edits or deletes.
 */
@Service
public class NotesService {

    static final int MAX_TEXT = 10_000;
    static final int EXPORT_LIMIT = 1_000;

    private final NoteMapper notes;
    private final SchoolService school;
    private final Outbox outbox;

    NotesService(NoteMapper notes, SchoolService school, Outbox outbox) {
        this.notes = notes;
        this.school = school;
        this.outbox = outbox;
    }

    @Transactional
    public Note write(Actor actor, NewNote note) {
        NewNote checked = checked(actor, note);
        long id = notes.insertNote(actor.schoolId(), actor.accountId(), checked);
        saveTags(id, checked.text());
        if (checked.audience() != Audience.PRIVATE) {
            outbox.record(new NoteShared(id, actor.schoolId(), actor.accountId(), checked.audience(), checked.classId(),
                    checked.studentId()));
        }
        return notes.findNote(id).toNote();
    }

    @Transactional
    public Note edit(Actor actor, long noteId, NoteEdit edit) {
        Note current = own(actor, noteId);
        String text = text(edit.text(), current.file() != null);
        notes.updateNote(noteId, text, subject(actor, edit.subjectId()));
        notes.deleteTags(noteId);
        saveTags(noteId, text);
        return notes.findNote(noteId).toNote();
    }

    @Transactional
    public void delete(Actor actor, long noteId) {
        own(actor, noteId);
        notes.deleteNote(noteId);
    }

    @Transactional(readOnly = true)
    public Note note(Actor actor, long noteId) {
        return find(actor, noteId).orElseThrow(() -> new NotFoundException("note " + noteId + " not found"));
    }

    /** The note if the caller may read it, else empty: for the chat, where a refusal must not throw through the turn. */
    @Transactional(readOnly = true)
    public Optional<Note> find(Actor actor, long noteId) {
        StoredNote found = notes.findNote(noteId);
        return found == null || found.schoolId() != actor.schoolId() || !canRead(actor, found) ? Optional.empty()
                : Optional.of(found.toNote());
    }

    /** The caller's notes and those shared with them, newest first. */
    @Transactional(readOnly = true)
    public Page<Note> recent(Actor actor, NoteFilter filter, PageRequest page) {
        return page(query(actor, filter, List.of(), null, page.size(), page.offset()), page);
    }

    /**
     * Full-text (PostgreSQL {@code simple}) or trigram match on the words, so "контрольна робота" finds "контрольну
     * роботу"; {@code #tags} in the query must all be on the note. Best matches first.
     */
    @Transactional(readOnly = true)
    public Page<Note> search(Actor actor, String query, PageRequest page) {
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("a search needs some words or #tags");
        }
        String words = Hashtags.withoutTags(query.trim());
        return page(query(actor, NoteFilter.ALL, Hashtags.in(query), words.isEmpty() ? null : words, page.size(), page.offset()), page);
    }

    /** The caller's own notes on a question, for practice to show next to it. */
    @Transactional(readOnly = true)
    public List<Note> notesForQuestion(Actor actor, long questionId) {
        NoteQuery q = new NoteQuery(actor.schoolId(), actor.accountId(), Set.of(), Set.of(), true, List.of(), null, null,
                questionId, null, PageRequest.MAX_SIZE, 0);
        return notes.notes(q).stream().map(StoredNote::toNote).toList();
    }

    /** The tags of the caller's own notes, most used first: for a chat keyboard or a filter list. */
    @Transactional(readOnly = true)
    public List<String> tags(Actor actor) {
        return notes.tagsOf(actor.accountId(), 100);
    }

    /** The notes a list with this filter shows (the newest thousand), as one Markdown document. */
    @Transactional(readOnly = true)
    public String exportMarkdown(Actor actor, NoteFilter filter) {
        List<Note> found = notes.notes(query(actor, filter, List.of(), null, EXPORT_LIMIT, 0)).stream().map(StoredNote::toNote).toList();
        return MarkdownExport.render(found, school.subjects(actor), school.school(actor.schoolId()).timezone());
    }

    private Page<Note> page(NoteQuery q, PageRequest page) {
        List<Note> items = notes.notes(q).stream().map(StoredNote::toNote).toList();
        return new Page<>(items, page.page(), page.size(), notes.countNotes(q));
    }

    private NoteQuery query(Actor actor, NoteFilter filter, List<String> tags, String text, int limit, long offset) {
        List<String> allTags = new ArrayList<>(tags);
        if (filter.tag() != null && !filter.tag().isBlank()) {
            allTags.add(Hashtags.normalize(filter.tag().trim()));
        }
        Set<Long> classes = filter.mineOnly() ? Set.of() : readableClassIds(actor);
        Set<Long> children = filter.mineOnly() || !actor.is(Role.PARENT) ? Set.of() : actor.childIds();
        return new NoteQuery(actor.schoolId(), actor.accountId(), classes, children, filter.mineOnly(), allTags,
                filter.subjectId(), filter.studentId(), null, text, limit, offset);
    }

    private boolean canRead(Actor actor, StoredNote note) {
        return switch (Audience.valueOf(note.audience())) {
            case PRIVATE -> actor.isSelf(note.authorId());
            case PARENTS -> actor.isSelf(note.authorId()) || actor.isParentOf(note.studentId());
            case CLASS -> actor.isSelf(note.authorId()) || readableClassIds(actor).contains(note.classId());
        };
    }

    /** Classes whose shared notes the actor reads: taught, attended, or a child's. */
    private Set<Long> readableClassIds(Actor actor) {
        Set<Long> ids = new HashSet<>();
        if (actor.is(Role.TEACHER)) {
            ids.addAll(school.classIdsTaughtBy(actor.accountId()));
        }
        Set<Long> students = new HashSet<>();
        if (actor.is(Role.STUDENT)) {
            students.add(actor.accountId());
        }
        if (actor.is(Role.PARENT)) {
            students.addAll(actor.childIds());
        }
        ids.addAll(school.classIdsOfStudents(students));
        return ids;
    }

    private Note own(Actor actor, long noteId) {
        Note note = note(actor, noteId);
        if (!actor.isSelf(note.authorId())) {
            throw new ForbiddenException("only the author may change note " + noteId);
        }
        return note;
    }

    private NewNote checked(Actor actor, NewNote note) {
        Audience audience = note.audience() == null ? Audience.PRIVATE : note.audience();
        TelegramFile file = note.file();
        if (file != null && (file.fileId() == null || file.fileId().isBlank() || file.fileId().length() > 200 || file.kind() == null)) {
            throw new InvalidInputException("a Telegram file needs its file id (at most 200 characters) and kind");
        }
        String text = text(note.text(), file != null);
        Long subject = subject(actor, note.subjectId());
        Long student = note.studentId();
        Long schoolClass = null;
        if (student != null) {
            requireTeacherOfStudent(actor, student);
        } else if (audience == Audience.PARENTS) {
            throw new InvalidInputException("a note for parents needs the student it is about");
        }
        if (audience == Audience.CLASS) {
            if (note.classId() == null) {
                throw new InvalidInputException("a note shared with a class needs the class");
            }
            if (student != null) {
                throw new InvalidInputException("a note is about a student or shared with a class, not both");
            }
            schoolClass = requireTeacherOfClass(actor, note.classId());
        } else if (note.classId() != null) {
            throw new InvalidInputException("only a note shared with a class names a class");
        }
        return new NewNote(text, subject, audience, student, schoolClass, note.questionId(), file);
    }

    private void requireTeacherOfStudent(Actor actor, long studentId) {
        Set<Long> taught = actor.is(Role.TEACHER) ? school.classIdsTaughtBy(actor.accountId()) : Set.of();
        if (taught.stream().noneMatch(c -> school.studentIdsOf(c).contains(studentId))) {
            throw new ForbiddenException("only a teacher of the student's class writes notes about them");
        }
    }

    private long requireTeacherOfClass(Actor actor, long classId) {
        school.findClass(classId).filter(c -> c.schoolId() == actor.schoolId())
                .orElseThrow(() -> new NotFoundException("class " + classId + " not found"));
        if (!actor.is(Role.TEACHER) || !school.teaches(actor.accountId(), classId)) {
            throw new ForbiddenException("only a teacher of class " + classId + " shares notes with it");
        }
        return classId;
    }

    private Long subject(Actor actor, Long subjectId) {
        if (subjectId == null) {
            return null;
        }
        Subject subject = school.findSubject(subjectId).filter(s -> s.schoolId() == actor.schoolId())
                .orElseThrow(() -> new NotFoundException("subject " + subjectId + " not found"));
        return subject.id();
    }

    private void saveTags(long noteId, String text) {
        List<String> tags = Hashtags.in(text);
        if (!tags.isEmpty()) {
            notes.insertTags(noteId, tags);
        }
    }

    private static String text(String text, boolean hasFile) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() && !hasFile) {
            throw new InvalidInputException("a note needs some text or a file");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidInputException("a note must be at most " + MAX_TEXT + " characters");
        }
        return trimmed;
    }
}

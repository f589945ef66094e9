package ua.zalik.rest.notes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.notes.Audience;
import ua.zalik.notes.NewNote;
import ua.zalik.notes.Note;
import ua.zalik.notes.NoteEdit;
import ua.zalik.notes.NoteFilter;
import ua.zalik.notes.NotesService;

import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/api/notes")
@Tag(name = "notes", description = "Notes with #tags: one's own, about a student for their parents, or shared with a class")
class NoteController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    record NoteForm(@NotNull @Size(max = 10_000) String text, Long subjectId, Audience audience, Long studentId, Long classId,
                    Long questionId) {

        NewNote toNewNote() {
            return new NewNote(text, subjectId, audience, studentId, classId, questionId, null);
        }
    }

    record NoteEditForm(@NotNull @Size(max = 10_000) String text, Long subjectId) {
    }

    private final NotesService notes;

    NoteController(NotesService notes) {
        this.notes = notes;
    }

    @GetMapping
    @Operation(summary = "The caller's notes and those shared with them, newest first; filter by tag, subject, student, or mine only")
    Page<Note> list(Actor actor, @RequestParam(required = false) String tag, @RequestParam(required = false) Long subjectId,
                    @RequestParam(required = false) Long studentId, @RequestParam(defaultValue = "false") boolean mine,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return notes.recent(actor, new NoteFilter(tag, subjectId, studentId, mine), new PageRequest(page, size));
    }

    @GetMapping("/search")
    @Operation(summary = "Search the notes the caller may read: words (full text and similar word forms) and #tags")
    Page<Note> search(Actor actor, @RequestParam String q, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "50") int size) {
        return notes.search(actor, q, new PageRequest(page, size));
    }

    @GetMapping("/export")
    @Operation(summary = "The listed notes (same filters, newest thousand) as a Markdown document")
    ResponseEntity<String> export(Actor actor, @RequestParam(required = false) String tag,
                                  @RequestParam(required = false) Long subjectId, @RequestParam(required = false) Long studentId,
                                  @RequestParam(defaultValue = "false") boolean mine) {
        return ResponseEntity.ok().contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("notes.md").build().toString())
                .body(notes.exportMarkdown(actor, new NoteFilter(tag, subjectId, studentId, mine)));
    }

    @GetMapping("/tags")
    @Operation(summary = "The tags of the caller's own notes, most used first")
    List<String> tags(Actor actor) {
        return notes.tags(actor);
    }

    @GetMapping("/questions/{questionId}")
    @Operation(summary = "The caller's own notes on a test question")
    List<Note> forQuestion(Actor actor, @PathVariable long questionId) {
        return notes.notesForQuestion(actor, questionId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One note the caller may read")
    Note get(Actor actor, @PathVariable long id) {
        return notes.note(actor, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a note; teachers may write about a student (audience PARENTS lets the parents read it) or share with a class")
    Note create(Actor actor, @Valid @RequestBody NoteForm form) {
        return notes.write(actor, form.toNewNote());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a note's text and subject (its author)")
    Note update(Actor actor, @PathVariable long id, @Valid @RequestBody NoteEditForm form) {
        return notes.edit(actor, id, new NoteEdit(form.text(), form.subjectId()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a note (its author)")
    void delete(Actor actor, @PathVariable long id) {
        notes.delete(actor, id);
    }
}

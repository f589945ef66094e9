package ua.zalik.rest.school;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Subject;
import ua.zalik.school.Teaching;
import ua.zalik.school.Term;
import ua.zalik.users.UsersService;

import java.time.LocalDate;
import java.util.List;

/** Subjects, who teaches what, and terms. */
@RestController
@RequestMapping("/api")
@Tag(name = "curriculum", description = "Subjects, teaching assignments and academic terms")
class CurriculumController {

    record SubjectForm(@NotBlank @Size(max = 100) String name) {
    }

    record TeachingForm(@NotNull Long teacherId, @NotNull Long classId, @NotNull Long subjectId) {

        Teaching toTeaching() {
            return new Teaching(teacherId, classId, subjectId);
        }
    }

    record TermForm(@NotBlank @Size(max = 100) String name, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }

    private final SchoolService school;
    private final UsersService users;

    CurriculumController(SchoolService school, UsersService users) {
        this.school = school;
        this.users = users;
    }

    @GetMapping("/subjects")
    @Operation(summary = "The school's subjects")
    List<Subject> subjects(Actor actor) {
        return school.subjects(actor);
    }

    @PostMapping("/subjects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a subject (admin)")
    Subject createSubject(Actor actor, @Valid @RequestBody SubjectForm form) {
        return school.createSubject(actor, form.name());
    }

    @GetMapping("/teaching")
    @Operation(summary = "Who teaches which subject to which class: all (admin) or own (teacher)")
    List<Teaching> teaching(Actor actor) {
        return school.teachings(actor);
    }

    @PostMapping("/teaching")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign a teacher to a class and subject (admin)")
    Teaching assign(Actor actor, @Valid @RequestBody TeachingForm form) {
        users.member(actor, form.teacherId(), Role.TEACHER);
        return school.assignTeaching(actor, form.toTeaching());
    }

    @DeleteMapping("/teaching")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a teaching assignment (admin)")
    void unassign(Actor actor, @Valid @RequestBody TeachingForm form) {
        school.removeTeaching(actor, form.toTeaching());
    }

    @GetMapping("/terms")
    @Operation(summary = "The school's academic terms")
    List<Term> terms(Actor actor) {
        return school.terms(actor);
    }

    @PostMapping("/terms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a term (admin)")
    Term createTerm(Actor actor, @Valid @RequestBody TermForm form) {
        return school.createTerm(actor, form.name(), form.startsOn(), form.endsOn());
    }
}

package ua.zalik.rest.school;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
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
import ua.zalik.kernel.Role;
import ua.zalik.school.NewClass;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.util.List;

@RestController
@RequestMapping("/api/classes")
@Tag(name = "classes", description = "Classes and who is enrolled in them")
class ClassController {

    record ClassForm(@NotBlank @Size(max = 50) String name, @NotNull @Min(1) @Max(12) Integer grade,
                     @NotBlank @Size(max = 9) String academicYear) {

        NewClass toNewClass() {
            return new NewClass(name, grade, academicYear);
        }
    }

    record Enrolment(@NotNull Long studentId) {
    }

    record Student(long id, String fullName) {
    }

    private final SchoolService school;
    private final UsersService users;

    ClassController(SchoolService school, UsersService users) {
        this.school = school;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Classes the caller may see: all (admin), taught (teacher), own (student), children's (parent)")
    Page<SchoolClass> list(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return school.classes(actor, new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One class")
    SchoolClass get(Actor actor, @PathVariable long id) {
        return school.schoolClass(actor, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a class (admin)")
    SchoolClass create(Actor actor, @Valid @RequestBody ClassForm form) {
        return school.createClass(actor, form.toNewClass());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename or regrade a class (admin)")
    SchoolClass update(Actor actor, @PathVariable long id, @Valid @RequestBody ClassForm form) {
        return school.updateClass(actor, id, form.toNewClass());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a class (admin)")
    void delete(Actor actor, @PathVariable long id) {
        school.deleteClass(actor, id);
    }

    @GetMapping("/{id}/students")
    @Operation(summary = "Students of a class (admin, the class's teachers)")
    List<Student> students(Actor actor, @PathVariable long id) {
        return users.accountsByIds(school.studentIds(actor, id)).stream().map(a -> new Student(a.id(), a.fullName())).toList();
    }

    @PostMapping("/{id}/students")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Enrol a student (admin)")
    void enrol(Actor actor, @PathVariable long id, @Valid @RequestBody Enrolment enrolment) {
        school.schoolClass(actor, id);
        Account student = users.member(actor, enrolment.studentId(), Role.STUDENT);
        school.enrol(actor, id, student.id());
    }

    @DeleteMapping("/{id}/students/{studentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a student out of a class (admin)")
    void unenrol(Actor actor, @PathVariable long id, @PathVariable long studentId) {
        school.unenrol(actor, id, studentId);
    }
}

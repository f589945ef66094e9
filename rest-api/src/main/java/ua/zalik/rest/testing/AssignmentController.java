package ua.zalik.rest.testing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.NewAssignment;
import ua.zalik.testing.NewOverride;
import ua.zalik.testing.ResponseMatrix;
import ua.zalik.testing.Results;
import ua.zalik.testing.ResultsTable;
import ua.zalik.testing.StudentOverride;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/testing/assignments")
@Tag(name = "assignments", description = "Tests given to classes or students, overrides and results")
class AssignmentController {

    record AssignmentForm(@NotNull Long testId, Long classId, List<Long> studentIds, Instant opensAt, @NotNull Instant dueAt,
                          Instant closesAt) {

        NewAssignment toNewAssignment() {
            return new NewAssignment(testId, classId, studentIds, opensAt, dueAt, closesAt);
        }
    }

    private final Assignments assignments;
    private final Results results;

    AssignmentController(Assignments assignments, Results results) {
        this.assignments = assignments;
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "Assignments the caller may see: the school's (admin), own and their classes' (teacher), "
            + "own (student), children's (parent)")
    Page<Assignment> list(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return assignments.assignments(actor, new PageRequest(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give a test to a class the caller teaches, or to chosen students of such classes")
    Assignment create(Actor actor, @Valid @RequestBody AssignmentForm form) {
        return assignments.assign(actor, form.toNewAssignment());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One assignment")
    Assignment get(Actor actor, @PathVariable long id) {
        return assignments.assignment(actor, id);
    }

    @GetMapping("/{id}/overrides")
    @Operation(summary = "Overrides of an assignment (its teachers)")
    List<StudentOverride> overrides(Actor actor, @PathVariable long id) {
        return assignments.overrides(actor, id);
    }

    @PostMapping("/{id}/overrides")
    @Operation(summary = "Give one student or a group more time, more attempts or later due/close times")
    List<StudentOverride> override(Actor actor, @PathVariable long id, @RequestBody NewOverride override) {
        return assignments.override(actor, id, override);
    }

    @DeleteMapping("/{id}/overrides/{studentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a student's override")
    void removeOverride(Actor actor, @PathVariable long id, @PathVariable long studentId) {
        assignments.removeOverride(actor, id, studentId);
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Results, students × questions, with totals, percent and 12-point grades (its teachers)")
    ResultsTable results(Actor actor, @PathVariable long id) {
        return results.resultsTable(actor, id);
    }

    @GetMapping("/{id}/responses")
    @Operation(summary = "The raw response matrix of finished attempts, for item analysis (its teachers)")
    ResponseMatrix responses(Actor actor, @PathVariable long id) {
        return results.responseMatrix(actor, id);
    }
}

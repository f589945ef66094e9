package ua.zalik.rest.testing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.AssignmentStatistics;
import ua.zalik.testing.AttemptSelection;
import ua.zalik.testing.ClassStatistics;
import ua.zalik.testing.Statistics;
import ua.zalik.testing.TestAnalysis;

import java.util.Locale;

@RestController
@Tag(name = "assignments")
class StatisticsController {

    private final Statistics statistics;

    StatisticsController(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/testing/assignments/{id}/statistics")
    @Operation(summary = "Item analysis (its teachers): per question facility, discrimination and flags (NEGATIVE_DISCRIMINATION, "
            + "VERY_HARD under 5%, VERY_EASY over 95%) and the test's mean, spread and consistency, over each student's "
            + "?attempts=first (default), last, highest or all; attempts waiting for an essay grade are left out")
    TestAnalysis assignment(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "first") String attempts) {
        return statistics.assignment(actor, id, selection(attempts));
    }

    @GetMapping("/api/testing/tests/{id}/statistics")
    @Operation(summary = "Item analysis of a test over all its assignments the caller manages (admin: all), "
            + "?attempts=first (default), last, highest or all")
    TestAnalysis test(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "first") String attempts) {
        return statistics.test(actor, id, selection(attempts));
    }

    @GetMapping("/api/testing/assignments/{id}/figures")
    @Operation(summary = "An assignment's figures (its teachers): recipients, who handed in, finished and graded attempts, and the "
            + "mean and median of the students' results in percent; kept up to date as attempts are submitted and graded")
    AssignmentStatistics assignmentFigures(Actor actor, @PathVariable long id) {
        return statistics.assignmentFigures(actor, id);
    }

    @GetMapping("/api/testing/classes/{id}/figures")
    @Operation(summary = "A class's figures over every assignment given to it (its teachers, the school's admins): assignments, "
            + "graded results, finished and graded attempts, mean and median result in percent")
    ClassStatistics classFigures(Actor actor, @PathVariable long id) {
        return statistics.classFigures(actor, id);
    }

    static AttemptSelection selection(String name) {
        try {
            return AttemptSelection.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("attempts must be first, last, highest or all");
        }
    }
}

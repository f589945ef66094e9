package ua.zalik.rest.school;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.school.GradeScale;
import ua.zalik.school.School;
import ua.zalik.school.SchoolService;
import ua.zalik.school.SchoolUpdate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

@RestController
@RequestMapping("/api/schools/current")
@Tag(name = "school", description = "The caller's school: name, time zone, 12-point grade scale")
class SchoolController {

    record Update(@Size(min = 1, max = 200) String name, @Size(max = 64) String timezone,
                  @Size(min = 12, max = 12) List<Integer> gradeThresholds) {
    }

    private final SchoolService school;

    SchoolController(SchoolService school) {
        this.school = school;
    }

    @GetMapping
    @Operation(summary = "The caller's school")
    School current(Actor actor) {
        return school.school(actor.schoolId());
    }

    @PatchMapping
    @Operation(summary = "Change name, time zone or grade scale (admin)")
    School update(Actor actor, @Valid @RequestBody Update update) {
        return school.updateSchool(actor, new SchoolUpdate(update.name(), zone(update.timezone()),
                update.gradeThresholds() == null ? null : new GradeScale(update.gradeThresholds())));
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidInputException("unknown time zone " + id);
        }
    }
}

package ua.zalik.rest.testing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.testing.ChildReport;
import ua.zalik.testing.ChildReports;

/** The parent's view of one child: the same report the chat's /children shows. */
@RestController
@RequestMapping("/api/testing")
@Tag(name = "attempts", description = "Taking tests (students), reviews (per the test's review policy) and grading by hand")
class ChildReportController {

    private final ChildReports reports;

    ChildReportController(ChildReports reports) {
        this.reports = reports;
    }

    @GetMapping("/students/{id}/report")
    @Operation(summary = "A child as their parent sees them: recent results per the review policy, upcoming deadlines "
            + "(soonest first) and missed ones (latest first), each due time with the child's override applied")
    ChildReport report(Actor actor, @PathVariable long id) {
        return reports.ofChildren(actor).stream().filter(report -> report.studentId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("student " + id + " is not your child"));
    }
}

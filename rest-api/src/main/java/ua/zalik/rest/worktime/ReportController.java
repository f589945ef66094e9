package ua.zalik.rest.worktime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.worktime.ClassReport;
import ua.zalik.worktime.Totals;
import ua.zalik.worktime.WeekReport;
import ua.zalik.worktime.WorktimeService;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Reports on one person's time (the caller's unless accountId names someone whose time they may see) and a class's. */
@RestController
@RequestMapping("/api/worktime")
@Tag(name = "worktime")
class ReportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorktimeService worktime;

    ReportController(WorktimeService worktime) {
        this.worktime = worktime;
    }

    @GetMapping("/reports/day")
    @Operation(summary = "A day's minutes per activity and subject (today by default, school time)")
    Totals day(Actor actor, @RequestParam(required = false) Long accountId,
               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        long who = person(actor, accountId);
        return date == null ? worktime.today(actor, who) : worktime.totals(actor, who, date, date);
    }

    @GetMapping("/reports/week")
    @Operation(summary = "The week (Monday to Sunday) holding date: minutes per day, activity and subject, goal progress, subjects' recent scores")
    WeekReport week(Actor actor, @RequestParam(required = false) Long accountId,
                    @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        return worktime.week(actor, person(actor, accountId), date);
    }

    @GetMapping("/reports/week/chart")
    @Operation(summary = "The week report as a PNG bar chart of minutes per day, stacked by subject")
    ResponseEntity<byte[]> weekChart(Actor actor, @RequestParam(required = false) Long accountId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(worktime.weekChartPng(actor, person(actor, accountId), date));
    }

    @GetMapping("/reports/subjects")
    @Operation(summary = "Minutes per subject over school-local days from..to")
    List<Totals.SubjectTotal> subjects(Actor actor, @RequestParam(required = false) Long accountId,
                                       @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return worktime.totals(actor, person(actor, accountId), from, to).subjects();
    }

    @GetMapping("/reports/classes/{classId}")
    @Operation(summary = "Each student's minutes in a class over days from..to (the class's teachers, admin)")
    ClassReport classReport(Actor actor, @PathVariable long classId, @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return worktime.classReport(actor, classId, from, to);
    }

    @GetMapping("/export/csv")
    @Operation(summary = "A person's entries from..to (either open) as CSV in school time")
    ResponseEntity<String> csv(Actor actor, @RequestParam(required = false) Long accountId,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return attachment(CSV, "worktime.csv").body(worktime.exportCsv(actor, person(actor, accountId), from, to));
    }

    @GetMapping("/export/xlsx")
    @Operation(summary = "A person's entries from..to (either open) as an Excel workbook in school time")
    ResponseEntity<byte[]> xlsx(Actor actor, @RequestParam(required = false) Long accountId,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return attachment(XLSX, "worktime.xlsx").body(worktime.exportXlsx(actor, person(actor, accountId), from, to));
    }

    private static long person(Actor actor, Long accountId) {
        return accountId == null ? actor.accountId() : accountId;
    }

    private static ResponseEntity.BodyBuilder attachment(MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
    }
}

package ua.zalik.rest.worktime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.worktime.StartTimer;
import ua.zalik.worktime.TimeEntry;
import ua.zalik.worktime.WorktimeService;

@RestController
@RequestMapping("/api/worktime")
@Tag(name = "worktime", description = "Time tracking: timers, entries, goals, reports and exports")
class TimerController {

    record TimerForm(@Size(max = 100) String activity, Long subjectId) {
    }

    record GoalForm(@NotNull @Min(0) @Max(10_080) Integer weeklyMinutes) {
    }

    private final WorktimeService worktime;

    TimerController(WorktimeService worktime) {
        this.worktime = worktime;
    }

    @GetMapping("/timer")
    @Operation(summary = "The caller's running timer (204 when none runs)")
    ResponseEntity<TimeEntry> running(Actor actor) {
        return worktime.runningTimer(actor).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/timer")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a timer for an activity and optional subject; a running timer stops first")
    TimeEntry start(Actor actor, @Valid @RequestBody TimerForm form) {
        return worktime.startTimer(actor, new StartTimer(form.activity(), form.subjectId()));
    }

    @DeleteMapping("/timer")
    @Operation(summary = "Stop the caller's timer and return its entry (204 when none ran)")
    ResponseEntity<TimeEntry> stop(Actor actor) {
        return worktime.stopTimer(actor).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping("/goal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the caller's weekly study goal in minutes (0 clears it)")
    void goal(Actor actor, @Valid @RequestBody GoalForm form) {
        worktime.setWeeklyGoal(actor, form.weeklyMinutes());
    }
}

package ua.zalik.rest.worktime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
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
import ua.zalik.worktime.EntryChanges;
import ua.zalik.worktime.ManualEntry;
import ua.zalik.worktime.TimeEntry;
import ua.zalik.worktime.WorktimeService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/worktime/entries")
@Tag(name = "worktime")
class EntryController {

    record ManualForm(@Size(max = 100) String activity, Long subjectId, Instant startedAt, @NotNull @Min(1) @Max(1440) Integer minutes) {
    }

    record EntryForm(@Size(max = 100) String activity, Long subjectId, @NotNull Instant startedAt, Instant endedAt) {
    }

    private final WorktimeService worktime;

    EntryController(WorktimeService worktime) {
        this.worktime = worktime;
    }

    @GetMapping
    @Operation(summary = "A person's entries (the caller's by default) overlapping school-local days from..to, newest first")
    Page<TimeEntry> list(Actor actor, @RequestParam(required = false) Long accountId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return worktime.entries(actor, accountId == null ? actor.accountId() : accountId, from, to, new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entry of a person whose time the caller may see")
    TimeEntry get(Actor actor, @PathVariable long id) {
        return worktime.entry(actor, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add time by hand: minutes, starting at startedAt or ending now")
    TimeEntry add(Actor actor, @Valid @RequestBody ManualForm form) {
        return worktime.addEntry(actor, new ManualEntry(form.activity(), form.subjectId(), form.startedAt(),
                Duration.ofMinutes(form.minutes())));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an entry (its owner); a running timer's entry keeps no end")
    TimeEntry update(Actor actor, @PathVariable long id, @Valid @RequestBody EntryForm form) {
        return worktime.updateEntry(actor, id, new EntryChanges(form.activity(), form.subjectId(), form.startedAt(), form.endedAt()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an entry (its owner)")
    void delete(Actor actor, @PathVariable long id) {
        worktime.deleteEntry(actor, id);
    }
}

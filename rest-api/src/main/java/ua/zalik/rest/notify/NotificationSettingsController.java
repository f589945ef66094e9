package ua.zalik.rest.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.NotificationPreferences;
import ua.zalik.notify.NotifyService;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;

/** The caller's own notification settings (the same ones /settings changes in chat). */
@RestController
@RequestMapping("/api/me/notifications")
@Tag(name = "notifications", description = "What the caller hears about in Telegram, and when not")
class NotificationSettingsController {

    record Settings(@NotNull Set<NotificationKind> disabledKinds, LocalTime quietFrom, LocalTime quietTo,
                    @NotNull DayOfWeek digestDay, @NotNull @Min(0) @Max(23) Integer digestHour) {

        static Settings of(NotificationPreferences preferences) {
            return new Settings(preferences.disabledKinds().stream().map(NotificationKind::valueOf).collect(Collectors.toSet()),
                    preferences.quietFrom(), preferences.quietTo(), preferences.digestDay(), preferences.digestHour());
        }
    }

    private final NotifyService notify;

    NotificationSettingsController(NotifyService notify) {
        this.notify = notify;
    }

    @GetMapping
    @Operation(summary = "The caller's notification settings")
    Settings get(Actor actor) {
        return Settings.of(notify.preferences(actor.accountId()));
    }

    @PutMapping
    @Operation(summary = "Replace the caller's notification settings (quiet hours in the school's timezone, both or neither)")
    Settings put(Actor actor, @Valid @RequestBody Settings settings) {
        return Settings.of(notify.save(new NotificationPreferences(actor.accountId(),
                settings.disabledKinds().stream().map(Enum::name).collect(Collectors.toSet()),
                settings.quietFrom(), settings.quietTo(), settings.digestDay(), settings.digestHour())));
    }
}

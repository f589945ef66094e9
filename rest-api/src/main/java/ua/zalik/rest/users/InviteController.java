package ua.zalik.rest.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import ua.zalik.kernel.Role;
import ua.zalik.users.Invite;
import ua.zalik.users.NewInvite;
import ua.zalik.users.UsersService;

import java.time.Duration;

@RestController
@RequestMapping("/api/invites")
@Tag(name = "invites", description = "Invite codes and their Telegram deep links")
class InviteController {

    record InviteForm(@NotNull Role role, Long classId, Long childId, @Min(1) @Max(365) Integer validDays,
                      @Min(1) @Max(1000) Integer maxUses) {
    }

    private final UsersService users;

    InviteController(UsersService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Invites: the school's (admin) or the caller's own (teacher)")
    Page<Invite> list(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return users.invites(actor, new PageRequest(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an invite; the answer carries its deep link https://t.me/<bot>?start=<code>")
    Invite create(Actor actor, @Valid @RequestBody InviteForm form) {
        return users.createInvite(actor, new NewInvite(form.role(), form.classId(), form.childId(),
                form.validDays() == null ? null : Duration.ofDays(form.validDays()), form.maxUses()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an invite (admin or its author)")
    void revoke(Actor actor, @PathVariable long id) {
        users.revokeInvite(actor, id);
    }
}

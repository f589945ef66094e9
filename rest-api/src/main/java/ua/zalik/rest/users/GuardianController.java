package ua.zalik.rest.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.users.UsersService;

@RestController
@RequestMapping("/api/guardians")
@Tag(name = "guardians", description = "Links between parents and their children")
class GuardianController {

    record Link(@NotNull Long parentId, @NotNull Long studentId) {
    }

    private final UsersService users;

    GuardianController(UsersService users) {
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Link a parent to a child (admin)")
    void link(Actor actor, @Valid @RequestBody Link link) {
        users.linkGuardian(actor, link.parentId(), link.studentId());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlink a parent from a child (admin)")
    void unlink(Actor actor, @Valid @RequestBody Link link) {
        users.unlinkGuardian(actor, link.parentId(), link.studentId());
    }
}

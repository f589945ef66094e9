package ua.zalik.rest.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.users.Account;
import ua.zalik.users.AccountUpdate;
import ua.zalik.users.NewAccount;
import ua.zalik.users.UsersService;

import java.util.List;
import java.util.Optional;
import java.util.Set;

@RestController
@RequestMapping("/api/users")
@Tag(name = "users", description = "Accounts of the school with their roles")
class UserController {

    record AccountForm(@NotBlank @Size(max = 200) String fullName, @Email @Size(max = 254) String email,
                       @Size(min = 8, max = 200) String password, @NotEmpty Set<Role> roles,
                       @Pattern(regexp = "uk|en") String language) {
    }

    record AccountChanges(@Size(min = 1, max = 200) String fullName, @Email @Size(max = 254) String email,
                          @Pattern(regexp = "uk|en") String language) {
    }

    record Roles(@NotEmpty Set<Role> roles) {
    }

    record Password(@NotBlank @Size(min = 8, max = 200) String password) {
    }

    private final UsersService users;
    private final SchoolService school;

    UserController(UsersService users, SchoolService school) {
        this.users = users;
        this.school = school;
    }

    @GetMapping
    @Operation(summary = "Accounts: the whole school (admin) or the students of the caller's classes (teacher)")
    Page<Account> list(Actor actor, @RequestParam(required = false) Role role,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return users.accounts(actor, role, new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account the caller may see")
    Account get(Actor actor, @PathVariable long id) {
        return users.account(actor, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (admin)")
    Account create(Actor actor, @Valid @RequestBody AccountForm form) {
        return users.createAccount(actor, new NewAccount(actor.schoolId(), form.fullName(), form.email(), form.password(),
                form.roles(), form.language()));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change name, email or language (admin or the account itself)")
    Account update(Actor actor, @PathVariable long id, @Valid @RequestBody AccountChanges changes) {
        return users.updateAccount(actor, id, new AccountUpdate(changes.fullName(), changes.email(), changes.language()));
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace the roles (admin)")
    Account roles(Actor actor, @PathVariable long id, @Valid @RequestBody Roles roles) {
        return users.updateRoles(actor, id, roles.roles());
    }

    @PutMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a password (admin or the account itself)")
    void password(Actor actor, @PathVariable long id, @Valid @RequestBody Password password) {
        users.setPassword(actor, id, password.password());
    }

    @GetMapping("/{id}/children")
    @Operation(summary = "A parent's children (admin or the parent)")
    List<Account> children(Actor actor, @PathVariable long id) {
        return users.children(actor, id);
    }

    @GetMapping("/{id}/classes")
    @Operation(summary = "A student's classes (whoever may see the student; a teacher only the classes they teach)")
    List<SchoolClass> classes(Actor actor, @PathVariable long id) {
        Account student = users.account(actor, id);
        boolean all = actor.isAdminOf(student.schoolId()) || actor.isSelf(id) || actor.isParentOf(id);
        return school.classIdsOfStudents(List.of(id)).stream().sorted()
                .filter(classId -> all || school.teaches(actor.accountId(), classId))
                .map(school::findClass).flatMap(Optional::stream).toList();
    }

    @GetMapping("/{id}/guardians")
    @Operation(summary = "A student's parents (whoever may see the student)")
    List<Account> guardians(Actor actor, @PathVariable long id) {
        return users.guardians(actor, id);
    }
}

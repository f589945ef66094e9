package ua.zalik.dialogs.engine;

import ua.zalik.kernel.Role;
import ua.zalik.users.Account;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Who may open a command: guests (Telegram users Zalik does not know yet) and/or accounts holding one of the roles. */
public record Audience(boolean guests, Set<Role> roles) {

    public Audience {
        roles = Set.copyOf(roles);
    }

    public static Audience everyone() {
        return new Audience(true, EnumSet.allOf(Role.class));
    }

    public static Audience members() {
        return new Audience(false, EnumSet.allOf(Role.class));
    }

    public static Audience roles(Role first, Role... more) {
        return new Audience(false, EnumSet.of(first, more));
    }

    public boolean allows(Optional<Account> account) {
        return account.map(a -> a.roles().stream().anyMatch(roles::contains)).orElse(guests);
    }
}

package ua.zalik.users;

import ua.zalik.kernel.Role;

import java.util.Set;

public record Account(long id, long schoolId, String email, String fullName, Set<Role> roles, String language) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

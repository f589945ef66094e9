package ua.zalik.users;

import ua.zalik.kernel.Role;

import java.util.Set;

/** Email and password are optional: students and parents often know Zalik only through Telegram. */
public record NewAccount(long schoolId, String fullName, String email, String password, Set<Role> roles, String language) {
}

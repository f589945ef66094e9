package ua.zalik.kernel;

import java.util.Set;

/**
 * Who asks: an account of one school with its roles, and for a parent the children it may see.
 * Facades take it and decide what it may read or change; REST builds it from the session, the bot from the chat.
 */
public record Actor(long accountId, long schoolId, Set<Role> roles, Set<Long> childIds) {

    public Actor {
        roles = Set.copyOf(roles);
        childIds = childIds == null ? Set.of() : Set.copyOf(childIds);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isAdminOf(long school) {
        return is(Role.ADMIN) && schoolId == school;
    }

    public boolean isSelf(long account) {
        return accountId == account;
    }

    public boolean isParentOf(long student) {
        return is(Role.PARENT) && childIds.contains(student);
    }

    /** Throws 404 for another school's object: its existence is none of the caller's business. */
    public void requireSameSchool(long school) {
        if (school != schoolId) {
            throw new NotFoundException("not found");
        }
    }

    public void requireAdmin() {
        if (!is(Role.ADMIN)) {
            throw new ForbiddenException("only a school admin may do this");
        }
    }
}

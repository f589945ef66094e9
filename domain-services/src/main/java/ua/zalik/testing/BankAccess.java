package ua.zalik.testing;

import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Role;

/** Who may touch a bank's category, question or test: its owner (a teacher) and the school's admins. */
final class BankAccess {

    private BankAccess() {
    }

    static void requireAuthor(Actor actor) {
        if (!actor.is(Role.TEACHER) && !actor.is(Role.ADMIN)) {
            throw new ForbiddenException("only teachers and admins work with question banks and tests");
        }
    }

    static void requireOwnerOrAdmin(Actor actor, long schoolId, long ownerId, String what) {
        if (schoolId != actor.schoolId()) {
            throw new NotFoundException(what + " not found");
        }
        if (!actor.isAdminOf(schoolId) && !(actor.is(Role.TEACHER) && actor.isSelf(ownerId))) {
            throw new ForbiddenException(what + " is not yours");
        }
    }

    /** An admin lists the whole school's, a teacher only their own. */
    static Long ownerFilter(Actor actor) {
        requireAuthor(actor);
        return actor.is(Role.ADMIN) ? null : actor.accountId();
    }
}

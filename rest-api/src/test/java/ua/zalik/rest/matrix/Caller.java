package ua.zalik.rest.matrix;

import java.util.EnumSet;
import java.util.Set;

/** Who asks, seen from school A: its admin, the teacher of class A, a teacher of nothing, class A's student and so on. */
enum Caller {
    ADMIN, TEACHER, OTHER_TEACHER, STUDENT, OTHER_STUDENT, PARENT, OTHER_PARENT, OTHER_SCHOOL_ADMIN;

    static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

    /** Admins act on their own school: for "create" and "current school" endpoints both admins get a 2xx. */
    static final Set<Caller> ANY_ADMIN = EnumSet.of(ADMIN, OTHER_SCHOOL_ADMIN);
}

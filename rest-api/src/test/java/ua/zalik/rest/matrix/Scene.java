package ua.zalik.rest.matrix;

import ua.zalik.testsupport.SchoolFixture.World;
import ua.zalik.users.Account;
import ua.zalik.users.Invite;

import java.util.Map;

/**
 * School A (the fixture's world, plus a teacher of nothing and a parent of class B's student) and school B.
 * Every row asks about school A's objects: class A, student A, parent A, an invite of A's admin, the teacher of class
 * A's question bank, tests, assignment and student A's attempts.
 */
record Scene(World a, World b, Account otherTeacher, Account otherParent, Invite invite, TestingScene testing) {

    Account account(Caller caller) {
        return Map.of(
                Caller.ADMIN, a.admin(),
                Caller.TEACHER, a.teacher(),
                Caller.OTHER_TEACHER, otherTeacher,
                Caller.STUDENT, a.studentA(),
                Caller.OTHER_STUDENT, a.studentB(),
                Caller.PARENT, a.parent(),
                Caller.OTHER_PARENT, otherParent,
                Caller.OTHER_SCHOOL_ADMIN, b.admin()).get(caller);
    }

    long classA() {
        return a.classA().id();
    }

    long classB() {
        return a.classB().id();
    }

    long studentA() {
        return a.studentA().id();
    }

    long studentB() {
        return a.studentB().id();
    }

    long parent() {
        return a.parent().id();
    }

    long teacher() {
        return a.teacher().id();
    }

    long maths() {
        return a.maths().id();
    }
}

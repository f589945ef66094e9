package ua.zalik.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Subject;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Whose time an actor may see (as whose account it may see: self, admin, parent, the student's teachers) and in which zone. */
@Component
class People {

    record Person(long id, long schoolId, String fullName, ZoneId zone) {
    }

    private final UsersService users;
    private final SchoolService school;

    People(UsersService users, SchoolService school) {
        this.users = users;
        this.school = school;
    }

    Person visible(Actor actor, long accountId) {
        Account account = users.account(actor, accountId);
        return new Person(account.id(), account.schoolId(), account.fullName(), zone(account.schoolId()));
    }

    Person any(long accountId) {
        Account account = users.accountsByIds(List.of(accountId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("account " + accountId + " not found"));
        return new Person(account.id(), account.schoolId(), account.fullName(), zone(account.schoolId()));
    }

    /** The class's students, for its teachers and the school's admin. */
    List<Account> classStudents(Actor actor, long classId) {
        SchoolClass found = school.schoolClass(actor, classId);
        if (!actor.isAdminOf(found.schoolId()) && !(actor.is(Role.TEACHER) && school.teaches(actor.accountId(), classId))) {
            throw new ForbiddenException("only the class's teachers and the school's admin see its study time");
        }
        return users.accountsByIds(school.studentIdsOf(classId));
    }

    ZoneId zone(long schoolId) {
        return school.school(schoolId).timezone();
    }

    /** Subjects of the actor's school: every person an actor may see is of that school. */
    Map<Long, String> subjectNames(Actor actor) {
        return school.subjects(actor).stream()
                .collect(Collectors.toMap(Subject::id, Subject::name, (a, b) -> a));
    }

    Long subject(long schoolId, Long subjectId) {
        if (subjectId == null) {
            return null;
        }
        return school.findSubject(subjectId).filter(s -> s.schoolId() == schoolId).map(Subject::id)
                .orElseThrow(() -> new NotFoundException("subject " + subjectId + " not found"));
    }

    static String activity(String activity) {
        String trimmed = activity == null || activity.isBlank() ? WorktimeService.DEFAULT_ACTIVITY : activity.strip();
        if (trimmed.length() > 100) {
            throw new InvalidInputException("an activity must be at most 100 characters");
        }
        return trimmed;
    }
}

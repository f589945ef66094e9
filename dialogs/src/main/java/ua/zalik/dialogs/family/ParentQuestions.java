package ua.zalik.dialogs.family;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.school.SchoolService;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A parent's question to their child's teachers, delivered as a notification to each. */
@Component
class ParentQuestions {

    private final UsersService users;
    private final SchoolService school;
    private final Notifications notifications;

    ParentQuestions(UsersService users, SchoolService school, Notifications notifications) {
        this.users = users;
        this.school = school;
        this.notifications = notifications;
    }

    List<Account> children(Account parent) {
        return users.children(users.actorFor(parent.id()), parent.id());
    }

    /** Returns how many teachers it went to; the child must be the parent's own. */
    @Transactional
    int ask(Account parent, long childId, String question) {
        Account child = children(parent).stream().filter(c -> c.id() == childId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not this parent's child"));
        Set<Long> teachers = new LinkedHashSet<>();
        school.classIdsOfStudents(List.of(child.id())).forEach(classId -> teachers.addAll(school.teacherIdsOf(classId)));
        String asked = UUID.randomUUID().toString();
        for (long teacher : teachers) {
            notifications.plan(new Notice(NotificationKind.PARENT_QUESTION, teacher, "question:" + asked + ":" + teacher,
                    "notify.parent-question", List.of(parent.fullName(), child.fullName(), question)));
        }
        return teachers.size();
    }
}

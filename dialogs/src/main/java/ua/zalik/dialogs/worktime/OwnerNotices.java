package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.school.SchoolService;
import ua.zalik.users.UsersService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a notice to a timer's owner needs: the owner while the account exists (a removed one is told nothing), the
 * owner's today in its school's zone, and the plan of the notice with its one button.
 */
@Component
class OwnerNotices {

    private final UsersService users;
    private final SchoolService school;
    private final Notifications notifications;
    private final Clock clock;

    OwnerNotices(UsersService users, SchoolService school, Notifications notifications, Clock clock) {
        this.users = users;
        this.school = school;
        this.notifications = notifications;
        this.clock = clock;
    }

    Optional<Actor> owner(long accountId) {
        return users.accountsByIds(List.of(accountId)).stream().findFirst().map(users::actorFor);
    }

    LocalDate today(Actor owner) {
        return LocalDate.ofInstant(clock.instant(), school.school(owner.schoolId()).timezone());
    }

    void plan(NotificationKind kind, Actor owner, String dedupeKey, String template, List<?> args, Notice.Button button) {
        notifications.plan(new Notice(kind, owner.accountId(), dedupeKey, template, args, List.of(button)));
    }
}

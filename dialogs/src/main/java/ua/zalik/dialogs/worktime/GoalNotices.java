package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.outbox.EventHandler;
import ua.zalik.school.SchoolService;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;
import ua.zalik.worktime.GoalProgress;
import ua.zalik.worktime.TimerStopped;
import ua.zalik.worktime.WorktimeService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A stopped timer that finds the week's study time at or past the weekly goal: one notice to its owner, once per week
 * (the dedupe key names the week), with a button to /week. Without a goal, or short of it, nothing.
 */
@Component
class GoalNotices implements EventHandler<TimerStopped> {

    static final String TEMPLATE = "worktime.notify.goal-reached";

    private final WorktimeService worktime;
    private final UsersService users;
    private final SchoolService school;
    private final Notifications notifications;
    private final Clock clock;

    GoalNotices(WorktimeService worktime, UsersService users, SchoolService school, Notifications notifications, Clock clock) {
        this.worktime = worktime;
        this.users = users;
        this.school = school;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Class<TimerStopped> eventType() {
        return TimerStopped.class;
    }

    @Override
    public void handle(TimerStopped stopped) {
        List<Account> found = users.accountsByIds(List.of(stopped.accountId()));
        if (found.isEmpty()) {
            return;
        }
        Actor owner = users.actorFor(stopped.accountId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), school.school(found.getFirst().schoolId()).timezone());
        GoalProgress goal = worktime.week(owner, owner.accountId(), today).goal();
        if (goal == null || goal.spentMinutes() < goal.goalMinutes()) {
            return;
        }
        BigDecimal hours = BigDecimal.valueOf(goal.goalMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        notifications.plan(new Notice(NotificationKind.GOAL_REACHED, owner.accountId(),
                "goal-reached:" + owner.accountId() + ":" + monday, TEMPLATE, List.of(hours),
                List.of(new Notice.Button("worktime.button.week", "/week"))));
    }
}

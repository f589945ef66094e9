package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.outbox.EventHandler;
import ua.zalik.worktime.GoalProgress;
import ua.zalik.worktime.TimerStopped;
import ua.zalik.worktime.WorktimeService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * A stopped timer that finds the week's study time at or past the weekly goal: one notice to its owner, once per week
 * (the dedupe key names the week), with a button to /week. Without a goal, or short of it, nothing.
 */
@Component
class GoalNotices implements EventHandler<TimerStopped> {

    static final String TEMPLATE = "worktime.notify.goal-reached";

    private final WorktimeService worktime;
    private final OwnerNotices owners;

    GoalNotices(WorktimeService worktime, OwnerNotices owners) {
        this.worktime = worktime;
        this.owners = owners;
    }

    @Override
    public Class<TimerStopped> eventType() {
        return TimerStopped.class;
    }

    @Override
    public void handle(TimerStopped stopped) {
        Optional<Actor> found = owners.owner(stopped.accountId());
        if (found.isEmpty()) {
            return;
        }
        Actor owner = found.get();
        LocalDate today = owners.today(owner);
        GoalProgress goal = worktime.week(owner, owner.accountId(), today).goal();
        if (goal == null || goal.spentMinutes() < goal.goalMinutes()) {
            return;
        }
        BigDecimal hours = BigDecimal.valueOf(goal.goalMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        owners.plan(NotificationKind.GOAL_REACHED, owner, "goal-reached:" + owner.accountId() + ":" + monday, TEMPLATE,
                List.of(hours), new Notice.Button("worktime.button.week", "/week"));
    }
}

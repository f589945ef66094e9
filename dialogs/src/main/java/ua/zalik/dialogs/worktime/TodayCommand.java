package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredCommand;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.worktime.Totals;
import ua.zalik.worktime.WorktimeService;

/** {@code /today}: today's time (the school's day) by activity and subject, a running timer, and the week's goal bar. */
@Component
class TodayCommand extends DeclaredCommand {

    private final WorktimeService worktime;
    private final Timekeepers people;

    TodayCommand(WorktimeService worktime, Timekeepers people) {
        super("today", Audience.roles(Role.STUDENT, Role.TEACHER));
        this.worktime = worktime;
        this.people = people;
    }

    @Override
    public String reply(Turn turn) {
        Actor actor = people.actor(turn);
        Totals today = worktime.today(actor, actor.accountId());
        StringBuilder html = new StringBuilder(turn.text("worktime.today.title", TimeTexts.DAY.format(today.from()),
                TimeTexts.minutes(turn, today.totalMinutes())));
        html.append('\n').append(TimeTexts.breakdown(turn, today));
        worktime.runningTimer(actor).ifPresent(running -> html.append("\n\n").append(turn.text("worktime.today.running",
                TimeTexts.html(TimeTexts.label(turn, running, people.subjectNames(actor))),
                TimeTexts.duration(turn, running.duration(people.clock().instant())))));
        html.append("\n\n").append(TimeTexts.goal(turn, worktime.week(actor, actor.accountId(), today.from()).goal()));
        return html.toString();
    }
}

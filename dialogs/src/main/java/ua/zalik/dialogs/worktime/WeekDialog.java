package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.worktime.SubjectScore;
import ua.zalik.worktime.Totals;
import ua.zalik.worktime.WeekReport;
import ua.zalik.worktime.WorktimeService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code /week}: the chart of this week (Monday to Sunday, school time) as a picture, then totals by activity, each
 * subject's minutes beside its recent scores, and the goal's bar; buttons page to earlier weeks.
 */
@Component
class WeekDialog extends DeclaredDialog<WeekDialog.State> {

    enum State { WEEK }

    static final int MAX_WEEKS_BACK = 52;

    private final WorktimeService worktime;
    private final Timekeepers people;

    WeekDialog(WorktimeService worktime, Timekeepers people) {
        super("week", Audience.roles(Role.STUDENT, Role.TEACHER), State.class);
        this.worktime = worktime;
        this.people = people;
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case WEEK -> Window.of(State.class, this::week)
                    .onButton(this::onButton)
                    // typing something else closes the week rather than sending its chart again
                    .onText((turn, text) -> Transition.done(turn.text("dialogs.idle")))
                    .finishes();
        };
    }

    private Screen week(Turn turn) {
        Actor actor = people.actor(turn);
        int back = back(turn);
        LocalDate day = people.today(turn).minusWeeks(back);
        WeekReport report = worktime.week(actor, actor.accountId(), day);
        Totals totals = report.totals();
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("worktime.week.title", TimeTexts.DAY.format(totals.from()), TimeTexts.DAY.format(totals.to()),
                TimeTexts.minutes(turn, totals.totalMinutes())));
        if (totals.totalMinutes() == 0) {
            lines.add(turn.text("worktime.nothing"));
        } else {
            lines.add(turn.text("worktime.by-activity"));
            totals.activities().stream().filter(a -> a.minutes() > 0).forEach(a -> lines.add(turn.text("worktime.line",
                    TimeTexts.activity(turn, a.activity()), TimeTexts.minutes(turn, a.minutes()))));
            lines.add(turn.text("worktime.by-subject"));
            for (WeekReport.SubjectWeek subject : report.subjects()) {
                lines.add(subject.recentScores().isEmpty()
                        ? turn.text("worktime.week.subject", TimeTexts.subject(turn, subject.subjectId(), subject.subjectName()), TimeTexts.minutes(turn, subject.minutes()))
                        : turn.text("worktime.week.subject.scores", TimeTexts.subject(turn, subject.subjectId(), subject.subjectName()),
                        TimeTexts.minutes(turn, subject.minutes()), scores(subject.recentScores())));
            }
            long unfiled = totals.minutesOnSubject(null);
            if (unfiled > 0) {
                lines.add(turn.text("worktime.line", turn.text("worktime.no-subject"), TimeTexts.minutes(turn, unfiled)));
            }
        }
        lines.add("");
        lines.add(TimeTexts.goal(turn, report.goal()));
        Screen screen = Screen.of(String.join("\n", lines))
                .photo(worktime.weekChartPng(actor, actor.accountId(), day), "week.png");
        List<Screen.Choice> paging = new ArrayList<>();
        if (back < MAX_WEEKS_BACK) {
            paging.add(Screen.choice(turn.text("worktime.week.button.previous"), "previous"));
        }
        if (back > 0) {
            paging.add(Screen.choice(turn.text("worktime.week.button.next"), "next"));
        }
        return screen.row(paging.toArray(Screen.Choice[]::new)).row(Screen.choice(turn.text("worktime.button.close"), "close"));
    }

    private Transition<State> onButton(Turn turn, String action) {
        int back = back(turn);
        switch (action) {
            case "previous" -> turn.put("back", Math.min(MAX_WEEKS_BACK, back + 1));
            case "next" -> turn.put("back", Math.max(0, back - 1));
            case "close" -> {
                return Transition.done(turn.text("worktime.closed"));
            }
            default -> {
                return Transition.stay(turn.text("dialogs.unexpected"));
            }
        }
        return Transition.stay(null);
    }

    private static int back(Turn turn) {
        String back = turn.get("back");
        return back == null ? 0 : Integer.parseInt(back);
    }

    private static String scores(List<SubjectScore> scores) {
        return scores.stream().map(s -> String.format(Locale.ROOT, "%.0f%%", s.percent())).collect(Collectors.joining(", "));
    }
}

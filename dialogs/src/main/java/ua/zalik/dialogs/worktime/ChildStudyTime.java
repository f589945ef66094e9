package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Actor;
import ua.zalik.worktime.Totals;
import ua.zalik.worktime.WorktimeService;

import java.util.stream.Collectors;

/** One line for a parent's {@code /children}: the child's study time this week (school time) and its top subjects. */
@Component
public class ChildStudyTime {

    private static final int TOP_SUBJECTS = 3;

    private final WorktimeService worktime;

    ChildStudyTime(WorktimeService worktime) {
        this.worktime = worktime;
    }

    /** HTML; {@code parent} must be the child's parent (the facade checks). */
    public String thisWeek(Turn turn, Actor parent, long childId) {
        Totals totals = worktime.week(parent, childId, null).totals();
        String subjects = totals.subjects().stream().filter(s -> s.minutes() > 0).limit(TOP_SUBJECTS)
                .map(s -> TimeTexts.subject(turn, s.subjectId(), s.subjectName()) + " " + TimeTexts.minutes(turn, s.minutes()))
                .collect(Collectors.joining(", "));
        return subjects.isEmpty() ? turn.text("worktime.child.week", TimeTexts.minutes(turn, totals.totalMinutes()))
                : turn.text("worktime.child.week.subjects", TimeTexts.minutes(turn, totals.totalMinutes()), subjects);
    }
}

package ua.zalik.dialogs.worktime;

import ua.zalik.dialogs.engine.Texts;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.worktime.GoalProgress;
import ua.zalik.worktime.TimeEntry;
import ua.zalik.worktime.Totals;
import ua.zalik.worktime.WorktimeService;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How time reads in chat: durations, what a timer is for, totals by activity and subject, the goal's progress bar. */
final class TimeTexts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final int BAR = 10;

    private TimeTexts() {
    }

    static String minutes(Turn turn, long minutes) {
        if (minutes < 60) {
            return turn.text("worktime.minutes", minutes);
        }
        return minutes % 60 == 0 ? turn.text("worktime.whole-hours", minutes / 60)
                : turn.text("worktime.hours", minutes / 60, minutes % 60);
    }

    static String duration(Turn turn, Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 30 ? turn.text("worktime.under-minute") : minutes(turn, Math.round(seconds / 60.0));
    }

    /** The activity as the user wrote it; the built-in ones in the chat's language. Plain text, escaped where it goes in. */
    static String activity(Turn turn, String activity) {
        return WorktimeService.DEFAULT_ACTIVITY.equals(activity) || WorktimeService.ATTEMPT_ACTIVITY.equals(activity)
                ? turn.text("worktime.activity." + activity) : activity;
    }

    static String subject(Turn turn, Long subjectId, String name) {
        return subjectId == null ? turn.text("worktime.no-subject") : name == null ? "#" + subjectId : name;
    }

    /** "homework · Maths" as HTML. */
    static String label(Turn turn, TimeEntry entry, Map<Long, String> subjects) {
        return entry.subjectId() == null ? turn.text("worktime.label", activity(turn, entry.activity()))
                : turn.text("worktime.label.subject", activity(turn, entry.activity()), subject(turn, entry.subjectId(),
                subjects.get(entry.subjectId())));
    }

    /** Lines per activity, then per subject; HTML. */
    static String breakdown(Turn turn, Totals totals) {
        List<String> lines = new ArrayList<>();
        if (totals.totalMinutes() == 0) {
            lines.add(turn.text("worktime.nothing"));
            return String.join("\n", lines);
        }
        lines.add(turn.text("worktime.by-activity"));
        totals.activities().stream().filter(a -> a.minutes() > 0).forEach(a ->
                lines.add(turn.text("worktime.line", activity(turn, a.activity()), minutes(turn, a.minutes()))));
        lines.add(turn.text("worktime.by-subject"));
        totals.subjects().stream().filter(s -> s.minutes() > 0).forEach(s ->
                lines.add(turn.text("worktime.line", subject(turn, s.subjectId(), s.subjectName()), minutes(turn, s.minutes()))));
        return String.join("\n", lines);
    }

    static String goal(Turn turn, GoalProgress goal) {
        if (goal == null) {
            return turn.text("worktime.goal.none");
        }
        int filled = goal.percent() * BAR / 100;
        String bar = "▓".repeat(filled) + "░".repeat(BAR - filled);
        return turn.text("worktime.goal.bar", minutes(turn, goal.spentMinutes()), minutes(turn, goal.goalMinutes()), bar,
                goal.percent());
    }

    static Texts.Markup html(String html) {
        return new Texts.Markup(html);
    }
}

package ua.zalik.worktime;

import java.util.List;

/** A person's week (Monday to Sunday, school time): totals, the goal if set, and each subject's minutes beside its recent scores. */
public record WeekReport(long accountId, Totals totals, GoalProgress goal, List<SubjectWeek> subjects) {

    public record SubjectWeek(long subjectId, String subjectName, long minutes, List<SubjectScore> recentScores) {

        public SubjectWeek {
            recentScores = List.copyOf(recentScores);
        }
    }

    public WeekReport {
        subjects = List.copyOf(subjects);
    }
}

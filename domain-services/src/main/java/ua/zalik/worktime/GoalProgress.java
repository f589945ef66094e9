package ua.zalik.worktime;

/** A weekly study goal against the minutes spent; {@code percent} is capped at 100 for a progress bar. */
public record GoalProgress(int goalMinutes, long spentMinutes, int percent) {

    static GoalProgress of(int goalMinutes, long spentMinutes) {
        return new GoalProgress(goalMinutes, spentMinutes, (int) Math.min(100, spentMinutes * 100 / goalMinutes));
    }
}

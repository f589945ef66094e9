package ua.zalik.testing;

/** What a student (and their parent) sees of a finished attempt, and from when. */
public record ReviewPolicy(When when, boolean score, boolean responses, boolean rightAnswers, boolean feedback) {

    public enum When { AFTER_ATTEMPT, AFTER_CLOSE, NEVER }

    public static final ReviewPolicy SCORE_AFTER_ATTEMPT = new ReviewPolicy(When.AFTER_ATTEMPT, true, true, false, false);

    public ReviewPolicy {
        when = when == null ? When.AFTER_ATTEMPT : when;
    }
}

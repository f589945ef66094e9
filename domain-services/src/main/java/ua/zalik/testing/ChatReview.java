package ua.zalik.testing;

/** What a student may see of their finished attempt now: the review, or why not yet ({@code review} then null). */
public record ChatReview(AttemptReview review, Withheld withheld) {

    public enum Withheld { NOTHING, IN_PROGRESS, UNTIL_CLOSE, NEVER }
}

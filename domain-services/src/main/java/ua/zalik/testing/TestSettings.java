package ua.zalik.testing;

import ua.zalik.kernel.InvalidInputException;

import java.math.BigDecimal;

/** {@code timeLimitMinutes} and {@code passPercent} may be null (no limit, no pass mark); navigation is FREE unless given. */
public record TestSettings(Integer timeLimitMinutes, int attemptsAllowed, GradingMethod gradingMethod, boolean shuffleQuestions,
                           boolean shuffleOptions, BigDecimal passPercent, ReviewPolicy review, Navigation navigation) {

    public static final TestSettings DEFAULT = new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null,
            ReviewPolicy.SCORE_AFTER_ATTEMPT);

    public TestSettings {
        if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > 24 * 60)) {
            throw new InvalidInputException("a time limit is between 1 minute and 24 hours");
        }
        if (attemptsAllowed < 1 || attemptsAllowed > 100) {
            throw new InvalidInputException("attempts allowed must be between 1 and 100");
        }
        if (passPercent != null && (passPercent.signum() < 0 || passPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidInputException("a pass mark is a percent between 0 and 100");
        }
        gradingMethod = gradingMethod == null ? GradingMethod.HIGHEST : gradingMethod;
        review = review == null ? ReviewPolicy.SCORE_AFTER_ATTEMPT : review;
        navigation = navigation == null ? Navigation.FREE : navigation;
    }

    /** Settings with free navigation. */
    public TestSettings(Integer timeLimitMinutes, int attemptsAllowed, GradingMethod gradingMethod, boolean shuffleQuestions,
                        boolean shuffleOptions, BigDecimal passPercent, ReviewPolicy review) {
        this(timeLimitMinutes, attemptsAllowed, gradingMethod, shuffleQuestions, shuffleOptions, passPercent, review, Navigation.FREE);
    }
}

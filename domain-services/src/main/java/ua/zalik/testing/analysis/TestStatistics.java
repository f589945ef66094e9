package ua.zalik.testing.analysis;

/**
 * The whole test's figures over the analysed attempts, in marks (sum of the slots' marks) unless said otherwise.
 * {@code internalConsistency} (Cronbach's alpha), {@code errorRatio} are percents; {@code standardError} is in marks.
 * A figure is null where Moodle leaves it blank (too few attempts, no spread).
 */
public record TestStatistics(int attempts, double maxTotal, Double mean, Double median, Double standardDeviation,
                             Double skewness, Double kurtosis, Double internalConsistency, Double errorRatio,
                             Double standardError) {
}

package ua.zalik.testing.analysis;

import ua.zalik.kernel.InvalidInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Item analysis with the formulas of Moodle's quiz statistics (mod/quiz/report/statistics/classes/calculator.php and
 * question/classes/statistics/questions/calculator.php): one pass for sums, one for central moments and covariances,
 * then per slot one sort for the discriminative efficiency (by counting where the marks take few values). Memory is
 * three arrays of one double per attempt.
 */
public final class ItemAnalysis {

    static final double HARD = 0.05;
    static final double EASY = 0.95;

    private ItemAnalysis() {
    }

    /** @param maxMarks each slot's max mark, in slot order; every attempt has one mark per slot */
    public static ItemAnalysisReport compute(List<Double> maxMarks, List<AttemptMarks> attempts) {
        if (maxMarks.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every slot needs its max mark");
        }
        int p = maxMarks.size();
        int s = attempts.size();
        for (AttemptMarks attempt : attempts) {
            if (attempt.marks().size() != p) {
                throw new InvalidInputException("attempt " + attempt.attemptId() + " has " + attempt.marks().size()
                        + " marks for " + p + " questions");
            }
        }
        // pass 1: totals and means
        double[] totals = new double[s];
        double[] markSums = new double[p];
        double totalSum = 0;
        for (int a = 0; a < s; a++) {
            AttemptMarks attempt = attempts.get(a);
            double total = 0;
            for (int q = 0; q < p; q++) {
                double mark = attempt.mark(q);
                markSums[q] += mark;
                total += mark;
            }
            totals[a] = total;
            totalSum += total;
        }
        double mean = s == 0 ? 0 : totalSum / s;
        double[] markMeans = new double[p];
        double[] otherMeans = new double[p];
        for (int q = 0; q < p; q++) {
            markMeans[q] = s == 0 ? 0 : markSums[q] / s;
            otherMeans[q] = s == 0 ? 0 : (totalSum - markSums[q]) / s;
        }
        // pass 2: central moments of the totals, each slot's variances and covariances
        Moments moments = new Moments(p);
        for (int a = 0; a < s; a++) {
            AttemptMarks attempt = attempts.get(a);
            double t = totals[a] - mean;
            moments.addTotal(t);
            for (int q = 0; q < p; q++) {
                double mark = attempt.mark(q);
                double d = mark - markMeans[q];
                double o = totals[a] - mark - otherMeans[q];
                moments.markSquares[q] += d * d;
                moments.otherSquares[q] += o * o;
                moments.covariance[q] += d * o;
                moments.covarianceWithTotal[q] += d * t;
            }
        }
        double[] maximalCovariance = maximalCovariances(attempts, totals, markMeans, otherMeans);
        TestStatistics test = test(maxMarks, s, mean, totals, moments);
        return new ItemAnalysisReport(test, items(maxMarks, s, markMeans, moments, maximalCovariance));
    }

    /**
     * Moodle's covariancemax: the covariance the slot would have with the rest of the test if the two were ranked
     * alike, i.e. the i-th lowest mark paired with the i-th lowest rest-of-test mark.
     */
    private static double[] maximalCovariances(List<AttemptMarks> attempts, double[] totals, double[] markMeans,
                                               double[] otherMeans) {
        int s = attempts.size();
        double[] result = new double[markMeans.length];
        double[] marks = new double[s];
        double[] others = new double[s];
        for (int q = 0; q < markMeans.length; q++) {
            for (int a = 0; a < s; a++) {
                marks[a] = attempts.get(a).mark(q);
                others[a] = totals[a] - marks[a];
            }
            SortedMarks.sort(marks);
            SortedMarks.sort(others);
            double sum = 0;
            for (int a = 0; a < s; a++) {
                sum += (marks[a] - markMeans[q]) * (others[a] - otherMeans[q]);
            }
            result[q] = sum;
        }
        return result;
    }

    private static List<ItemStatistics> items(List<Double> maxMarks, int s, double[] markMeans, Moments moments,
                                              double[] maximalCovariance) {
        int p = maxMarks.size();
        double sumOfRootCovariances = 0;
        for (int q = 0; q < p; q++) {
            if (s > 1 && moments.covarianceWithTotal[q] >= 0) {
                sumOfRootCovariances += Math.sqrt(moments.covarianceWithTotal[q] / (s - 1));
            }
        }
        double maxTotal = Math.max(1, maxMarks.stream().mapToDouble(Math::abs).sum());
        List<ItemStatistics> items = new ArrayList<>(p);
        for (int q = 0; q < p; q++) {
            double maxMark = maxMarks.get(q);
            Double facility = s > 0 && maxMark != 0 ? markMeans[q] / maxMark : null;
            Double deviation = null;
            Double discrimination = null;
            Double efficiency = null;
            Double weight = null;
            if (s > 1) {
                double markVariance = moments.markSquares[q] / (s - 1);
                double otherVariance = moments.otherSquares[q] / (s - 1);
                double covariance = moments.covariance[q] / (s - 1);
                double covarianceMax = maximalCovariance[q] / (s - 1);
                double covarianceWithTotal = moments.covarianceWithTotal[q] / (s - 1);
                deviation = maxMark != 0 ? Math.sqrt(markVariance) / maxMark : null;
                if (!Moments.negligible(markVariance, maxMark) && !Moments.negligible(otherVariance, maxTotal)) {
                    discrimination = 100 * covariance / Math.sqrt(markVariance * otherVariance);
                }
                if (!Moments.negligible(covarianceMax, maxMark * maxTotal)) {
                    efficiency = 100 * covariance / covarianceMax;
                }
                if (!Moments.negligible(sumOfRootCovariances * sumOfRootCovariances, maxTotal * maxTotal) && covarianceWithTotal >= 0) {
                    weight = 100 * Math.sqrt(covarianceWithTotal) / sumOfRootCovariances;
                }
            }
            Set<ItemStatistics.Flag> flags = EnumSet.noneOf(ItemStatistics.Flag.class);
            if (discrimination != null && discrimination < 0) {
                flags.add(ItemStatistics.Flag.NEGATIVE_DISCRIMINATION);
            }
            if (facility != null && facility < HARD) {
                flags.add(ItemStatistics.Flag.VERY_HARD);
            }
            if (facility != null && facility > EASY) {
                flags.add(ItemStatistics.Flag.VERY_EASY);
            }
            items.add(new ItemStatistics(q + 1, s, maxMark, facility, deviation, discrimination, efficiency, weight, flags));
        }
        return items;
    }

    private static TestStatistics test(List<Double> maxMarks, int s, double mean, double[] totals, Moments moments) {
        double maxTotal = maxMarks.stream().mapToDouble(Double::doubleValue).sum();
        if (s == 0) {
            return new TestStatistics(0, maxTotal, null, null, null, null, null, null, null, null);
        }
        Arrays.sort(totals);
        double median = s % 2 == 1 ? totals[s / 2] : (totals[s / 2 - 1] + totals[s / 2]) / 2;
        Double deviation = null;
        Double skewness = null;
        Double kurtosis = null;
        Double consistency = null;
        Double errorRatio = null;
        Double standardError = null;
        if (s > 1) {
            double variance = moments.power2 / (s - 1);
            deviation = Math.sqrt(variance);
            double m2 = moments.power2 / s;
            double m3 = moments.power3 / s;
            double m4 = moments.power4 / s;
            double k2 = s * m2 / (s - 1);
            if (s > 2 && !Moments.negligible(k2, maxTotal)) {
                double k3 = (double) s * s * m3 / ((s - 1.0) * (s - 2.0));
                skewness = k3 / Math.pow(k2, 1.5);
                if (s > 3) {
                    double k4 = (double) s * s * ((s + 1.0) * m4 - 3.0 * (s - 1) * m2 * m2)
                            / ((s - 1.0) * (s - 2.0) * (s - 3.0));
                    kurtosis = k4 / (k2 * k2);
                }
            }
            int p = maxMarks.size();
            if (p > 1 && variance > 0 && !Moments.negligible(variance, maxTotal)) {
                double sumOfMarkVariances = 0;
                for (int q = 0; q < p; q++) {
                    sumOfMarkVariances += moments.markSquares[q] / (s - 1);
                }
                consistency = 100.0 * p / (p - 1) * (1 - sumOfMarkVariances / variance);
                errorRatio = 100 * Math.sqrt(Math.max(0, 1 - consistency / 100));
                standardError = errorRatio * deviation / 100;
            }
        }
        return new TestStatistics(s, maxTotal, mean, median, deviation, skewness, kurtosis, consistency, errorRatio,
                standardError);
    }
}

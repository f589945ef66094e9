package ua.zalik.testing.analysis;

import org.junit.jupiter.api.Test;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.analysis.ItemStatistics.Flag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ItemAnalysisTests {

    private static final double EPS = 1e-6;

    private static AttemptMarks attempt(long id, Double... marks) {
        return new AttemptMarks(id, Arrays.asList(marks));
    }

    /*
     * Five attempts, three slots worth 1, 1 and 2 marks; attempt 5 left slot 3 blank (counts as 0).
     *
     *            Q1  Q2  Q3   total T   T - Q1  T - Q2  T - Q3
     *   a1        1   1   2      4         3       3       2
     *   a2        1   0   1      2         1       2       1
     *   a3        0   1   2      3         3       2       1
     *   a4        1   0   0      1         0       1       1
     *   a5        0   0   -      0         0       0       0
     *   mean     .6  .4   1      2       1.4     1.6       1
     *
     * Deviations of T from 2: 2, 0, 1, -1, -2.
     */
    private static final List<Double> MAX = List.of(1.0, 1.0, 2.0);
    private static final List<AttemptMarks> FIVE = List.of(
            attempt(1, 1.0, 1.0, 2.0), attempt(2, 1.0, 0.0, 1.0), attempt(3, 0.0, 1.0, 2.0),
            attempt(4, 1.0, 0.0, 0.0), attempt(5, 0.0, 0.0, null));

    @Test
    void itemFiguresFollowMoodlesFormulas() {
        List<ItemStatistics> items = ItemAnalysis.compute(MAX, FIVE).items();

        // Q1: d = .4 .4 -.6 .4 -.6, sum d^2 = 1.2, var = 1.2/4 = .3
        //     rest o = 1.6 -.4 1.6 -1.4 -1.4, sum o^2 = 9.2, var = 2.3
        //     sum d*o = .64 - .16 - .96 - .56 + .84 = -.2, cov = -.05
        //     discrimination = 100 * -.05 / sqrt(.3 * 2.3) = -5 / sqrt(.69) = -6.0192926
        //     sorted marks 0 0 1 1 1 with sorted rest 0 0 1 3 3: sum = .84 + .84 - .16 + .64 + .64 = 2.8, covmax = .7
        //     efficiency = 100 * -.05 / .7 = -7.1428571
        //     sum d*t = .8 + 0 - .6 + .4 + 1.2 = 1.0, covariance with total = .25
        ItemStatistics q1 = items.get(0);
        assertThat(q1.slot()).isEqualTo(1);
        assertThat(q1.attempts()).isEqualTo(5);
        assertThat(q1.facility()).isCloseTo(0.6, within(EPS));
        assertThat(q1.standardDeviation()).isCloseTo(Math.sqrt(0.3), within(EPS));
        assertThat(q1.discriminationIndex()).isCloseTo(-6.0192926, within(EPS));
        assertThat(q1.discriminativeEfficiency()).isCloseTo(-7.1428571, within(EPS));
        assertThat(q1.flags()).containsExactly(Flag.NEGATIVE_DISCRIMINATION);

        // Q2: d = .6 -.4 .6 -.4 -.4, var = 1.2/4 = .3; rest o = 1.4 .4 .4 -.6 -1.6, sum o^2 = 5.2, var = 1.3
        //     sum d*o = .84 - .16 + .24 + .24 + .64 = 1.8, cov = .45
        //     discrimination = 45 / sqrt(.39) = 72.0576692
        //     sorted marks 0 0 0 1 1 with rest 0 1 2 2 3: .64 + .24 - .16 + .24 + .84 = 1.8, covmax = .45, efficiency 100
        //     sum d*t = 1.2 + 0 + .6 + .4 + .8 = 3, covariance with total = .75
        ItemStatistics q2 = items.get(1);
        assertThat(q2.facility()).isCloseTo(0.4, within(EPS));
        assertThat(q2.standardDeviation()).isCloseTo(Math.sqrt(0.3), within(EPS));
        assertThat(q2.discriminationIndex()).isCloseTo(72.0576692, within(EPS));
        assertThat(q2.discriminativeEfficiency()).isCloseTo(100, within(EPS));
        assertThat(q2.flags()).isEmpty();

        // Q3 (max 2): mean 1, facility .5; d = 1 0 1 -1 -1, var = 4/4 = 1, sd = 1 / 2 marks = .5
        //     rest o = 1 0 0 0 -1, var = 2/4 = .5; sum d*o = 1 + 1 = 2, cov = .5
        //     discrimination = 50 / sqrt(.5) = 70.7106781
        //     sorted marks 0 0 1 2 2 with rest 0 1 1 1 2: 1 + 0 + 0 + 0 + 1 = 2, covmax = .5, efficiency 100
        //     sum d*t = 2 + 0 + 1 + 1 + 2 = 6, covariance with total = 1.5
        ItemStatistics q3 = items.get(2);
        assertThat(q3.maxMark()).isEqualTo(2.0);
        assertThat(q3.facility()).isCloseTo(0.5, within(EPS));
        assertThat(q3.standardDeviation()).isCloseTo(0.5, within(EPS));
        assertThat(q3.discriminationIndex()).isCloseTo(70.7106781, within(EPS));
        assertThat(q3.discriminativeEfficiency()).isCloseTo(100, within(EPS));

        // effective weight = 100 * sqrt(cov with total) / sum of those roots
        //     roots .5, .8660254, 1.2247449, sum 2.5907703: 50 / 2.5907703, 86.60254 / 2.5907703, 122.47449 / 2.5907703
        assertThat(q1.effectiveWeight()).isCloseTo(19.2992796, within(EPS));
        assertThat(q2.effectiveWeight()).isCloseTo(33.4273329, within(EPS));
        assertThat(q3.effectiveWeight()).isCloseTo(47.2733875, within(EPS));
    }

    @Test
    void testFiguresFollowMoodlesFormulas() {
        TestStatistics test = ItemAnalysis.compute(MAX, FIVE).test();

        // totals 4 2 3 1 0: mean 2, median 2; deviations 2 0 1 -1 -2
        // sum t^2 = 10, sum t^3 = 8 + 1 - 1 - 8 = 0, sum t^4 = 16 + 1 + 1 + 16 = 34
        // sd = sqrt(10 / 4) = 1.5811388
        // m2 = 2, m3 = 0, m4 = 6.8; k2 = 5 * 2 / 4 = 2.5; k3 = 0 so skewness 0
        // k4 = 25 * (6 * 6.8 - 3 * 4 * 4) / (4 * 3 * 2) = 25 * -7.2 / 24 = -7.5; kurtosis = -7.5 / 2.5^2 = -1.2
        // alpha: item variances .3 + .3 + 1 = 1.6; 100 * 3/2 * (1 - 1.6 / 2.5) = 54
        // error ratio = 100 * sqrt(1 - .54) = 67.8232998; standard error = 67.8232998 * 1.5811388 / 100 = 1.0723805
        assertThat(test.attempts()).isEqualTo(5);
        assertThat(test.maxTotal()).isEqualTo(4.0);
        assertThat(test.mean()).isCloseTo(2, within(EPS));
        assertThat(test.median()).isCloseTo(2, within(EPS));
        assertThat(test.standardDeviation()).isCloseTo(1.5811388, within(EPS));
        assertThat(test.skewness()).isCloseTo(0, within(EPS));
        assertThat(test.kurtosis()).isCloseTo(-1.2, within(EPS));
        assertThat(test.internalConsistency()).isCloseTo(54, within(EPS));
        assertThat(test.errorRatio()).isCloseTo(67.8232998, within(EPS));
        assertThat(test.standardError()).isCloseTo(1.0723805, within(EPS));
    }

    @Test
    void skewedTotalsGiveMoodlesSkewnessAndKurtosis() {
        // totals 0 0 0 1: mean .25, deviations -.25 -.25 -.25 .75
        // sum t^2 = .75, sum t^3 = .375, sum t^4 = .328125; m2 = .1875, m3 = .09375, m4 = .08203125
        // k2 = 4 * .1875 / 3 = .25; k3 = 16 * .09375 / (3 * 2) = .25; skewness = .25 / .25^1.5 = 2
        // k4 = 16 * (5 * .08203125 - 3 * 3 * .1875^2) / (3 * 2 * 1) = 16 * .09375 / 6 = .25; kurtosis = .25 / .0625 = 4
        // median of 0 0 0 1 = (0 + 0) / 2 = 0
        TestStatistics test = ItemAnalysis.compute(List.of(1.0), List.of(
                attempt(1, 0.0), attempt(2, 0.0), attempt(3, 0.0), attempt(4, 1.0))).test();

        assertThat(test.mean()).isCloseTo(0.25, within(EPS));
        assertThat(test.median()).isCloseTo(0, within(EPS));
        assertThat(test.skewness()).isCloseTo(2, within(EPS));
        assertThat(test.kurtosis()).isCloseTo(4, within(EPS));
        assertThat(test.internalConsistency()).as("alpha needs two questions").isNull();
    }

    @Test
    void oneAttemptHasMeansButNoSpread() {
        ItemAnalysisReport report = ItemAnalysis.compute(MAX, List.of(attempt(7, 1.0, 0.0, 1.5)));

        assertThat(report.test().mean()).isEqualTo(2.5);
        assertThat(report.test().median()).isEqualTo(2.5);
        assertThat(report.test().standardDeviation()).isNull();
        assertThat(report.test().skewness()).isNull();
        assertThat(report.test().internalConsistency()).isNull();
        assertThat(report.test().standardError()).isNull();
        ItemStatistics q1 = report.items().getFirst();
        assertThat(q1.facility()).isEqualTo(1.0);
        assertThat(q1.standardDeviation()).isNull();
        assertThat(q1.discriminationIndex()).isNull();
        assertThat(q1.effectiveWeight()).isNull();
        assertThat(q1.flags()).containsExactly(Flag.VERY_EASY);
        assertThat(report.items().get(1).flags()).containsExactly(Flag.VERY_HARD);
        assertThat(new ItemStatistics(1, 2, 1, 0.0, null, -5.0, null, null,
                java.util.Set.of(Flag.VERY_HARD, Flag.NEGATIVE_DISCRIMINATION)).flags())
                .as("declaration order").containsExactly(Flag.NEGATIVE_DISCRIMINATION, Flag.VERY_HARD);
        assertThat(report.items().get(2).facility()).isEqualTo(0.75);
    }

    @Test
    void identicalAttemptsLeaveSpreadFiguresBlank() {
        // 0.1 three times does not sum to exactly 0.3: the variance is rounding noise, not spread
        List<AttemptMarks> same = List.of(attempt(1, 0.1, 0.7), attempt(2, 0.1, 0.7), attempt(3, 0.1, 0.7),
                attempt(4, 0.1, 0.7));

        ItemAnalysisReport report = ItemAnalysis.compute(List.of(1.0, 1.0), same);

        assertThat(report.test().standardDeviation()).isCloseTo(0, within(EPS));
        assertThat(report.test().skewness()).isNull();
        assertThat(report.test().kurtosis()).isNull();
        assertThat(report.test().internalConsistency()).isNull();
        assertThat(report.test().errorRatio()).isNull();
        for (ItemStatistics item : report.items()) {
            assertThat(item.standardDeviation()).isCloseTo(0, within(EPS));
            assertThat(item.discriminationIndex()).isNull();
            assertThat(item.discriminativeEfficiency()).isNull();
            assertThat(item.effectiveWeight()).isNull();
        }
        assertThat(report.items()).extracting(ItemStatistics::facility).containsExactly(0.1, 0.7);
    }

    @Test
    void allBlankAttemptsAreVeryHardWithNoSpread() {
        ItemAnalysisReport report = ItemAnalysis.compute(MAX, List.of(
                attempt(1, null, null, null), attempt(2, null, null, null), attempt(3, null, null, null)));

        assertThat(report.test().mean()).isEqualTo(0.0);
        assertThat(report.test().internalConsistency()).isNull();
        assertThat(report.items()).allSatisfy(item -> {
            assertThat(item.facility()).isEqualTo(0.0);
            assertThat(item.discriminationIndex()).isNull();
            assertThat(item.flags()).containsExactly(Flag.VERY_HARD);
        });
    }

    @Test
    void noAttemptsGiveNoFigures() {
        ItemAnalysisReport report = ItemAnalysis.compute(MAX, List.of());

        assertThat(report.test().attempts()).isZero();
        assertThat(report.test().mean()).isNull();
        assertThat(report.items()).allSatisfy(item -> assertThat(item.facility()).isNull());
    }

    @Test
    void attemptsMustHaveOneMarkPerSlot() {
        assertThatThrownBy(() -> ItemAnalysis.compute(MAX, List.of(attempt(9, 1.0, 1.0))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("attempt 9 has 2 marks for 3 questions");
    }

    @Test
    void alphaAgreesWithItsCovarianceFormOnRandomData() {
        // Cronbach's alpha = p/(p-1) * 2 * (sum of covariances between items) / var(T), an independent check
        Random random = new Random(42);
        int p = 6;
        List<AttemptMarks> attempts = new ArrayList<>();
        double[][] marks = new double[200][p];
        for (int a = 0; a < 200; a++) {
            double ability = random.nextGaussian();
            List<Double> row = new ArrayList<>();
            for (int q = 0; q < p; q++) {
                marks[a][q] = ability + random.nextGaussian() > 0 ? 1 : 0;
                row.add(marks[a][q]);
            }
            attempts.add(new AttemptMarks(a, row));
        }
        double[] means = new double[p];
        for (double[] row : marks) {
            for (int q = 0; q < p; q++) {
                means[q] += row[q] / 200;
            }
        }
        double covarianceSum = 0;
        double totalVariance = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double c = 0;
                for (double[] row : marks) {
                    c += (row[i] - means[i]) * (row[j] - means[j]);
                }
                totalVariance += c / 199;
                if (i != j) {
                    covarianceSum += c / 199;
                }
            }
        }

        double alpha = ItemAnalysis.compute(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0), attempts).test().internalConsistency();

        assertThat(alpha).isCloseTo(100.0 * p / (p - 1) * covarianceSum / totalVariance, within(EPS));
    }
}

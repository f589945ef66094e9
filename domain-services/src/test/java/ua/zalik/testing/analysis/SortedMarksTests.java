package ua.zalik.testing.analysis;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting sort gives the array Arrays.sort gives, bit for bit, whatever the values. */
class SortedMarksTests {

    private final Random random = new Random(10);

    @Test
    void fewMarksAreSortedAsArraysSortSortsThem() {
        double[] choices = {0, 1, 0.5, 2, 1.0 / 3, -0.0, -1, 0.25 * 3, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int size : new int[] {0, 1, 2, 7, 1_000, 100_000}) {
            double[] values = new double[size];
            for (int i = 0; i < size; i++) {
                values[i] = choices[random.nextInt(choices.length)];
            }
            assertSortedAsArraysSort(values);
        }
    }

    @Test
    void sumsOfThirtyQuestionsMarksAreSortedAsArraysSortSortsThem() {
        double[] totals = new double[50_000];
        for (int a = 0; a < totals.length; a++) {
            for (int q = 0; q < 30; q++) {
                totals[a] += random.nextInt(3) * 0.5 + (random.nextBoolean() ? 1.0 / 3 : 0);
            }
        }
        assertSortedAsArraysSort(totals);
    }

    @Test
    void manyDistinctMarksOrANaNAreSortedAsArraysSortSortsThem() {
        double[] many = random.doubles(SortedMarks.MAX_DISTINCT * 4L).toArray();
        assertSortedAsArraysSort(many);
        double[] withNaN = {1, 0, Double.NaN, -0.0, 0.0, 1};
        assertSortedAsArraysSort(withNaN);
    }

    @Test
    void negativeAndPositiveZeroKeepArraysSortsOrder() {
        double[] zeros = {0.0, -0.0, 0.0, -0.0, 1, -0.0};
        SortedMarks.sort(zeros);
        assertThat(Arrays.toString(zeros)).isEqualTo("[-0.0, -0.0, -0.0, 0.0, 0.0, 1.0]");
    }

    private static void assertSortedAsArraysSort(double[] values) {
        double[] expected = values.clone();
        Arrays.sort(expected);
        SortedMarks.sort(values);
        assertThat(Arrays.equals(values, expected)).as("sorted like Arrays.sort").isTrue();
        for (int i = 0; i < values.length; i++) {
            assertThat(Double.doubleToRawLongBits(values[i])).isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }
}

package ua.zalik.testing.analysis;

import java.util.Arrays;

/**
 * Sorts an item's marks (or the rest of the test's) into the same array, bit for bit, as {@link Arrays#sort(double[])},
 * but by counting when the values are few: a question's marks and the sums of the other questions' take a handful of
 * distinct values, and sorting 100,000 of them twice per question was most of an analysis' arithmetic.
 */
final class SortedMarks {

    /** More distinct values than this (or a NaN): a comparison sort. */
    static final int MAX_DISTINCT = 256;

    private SortedMarks() {
    }

    static void sort(double[] values) {
        int capacity = MAX_DISTINCT * 2;
        long[] keys = new long[capacity];
        int[] counts = new int[capacity];
        boolean[] used = new boolean[capacity];
        int distinct = 0;
        for (double value : values) {
            if (Double.isNaN(value)) {
                Arrays.sort(values);
                return;
            }
            // by bits, not ==: -0.0 and 0.0 stay apart, as Arrays.sort keeps them
            long bits = Double.doubleToRawLongBits(value);
            int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 55) & (capacity - 1);
            while (used[slot] && keys[slot] != bits) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (!used[slot]) {
                if (++distinct > MAX_DISTINCT) {
                    Arrays.sort(values);
                    return;
                }
                used[slot] = true;
                keys[slot] = bits;
            }
            counts[slot]++;
        }
        Integer[] slots = new Integer[distinct];
        int found = 0;
        for (int slot = 0; slot < capacity; slot++) {
            if (used[slot]) {
                slots[found++] = slot;
            }
        }
        // Double.compare is Arrays.sort's order (-0.0 before 0.0)
        Arrays.sort(slots, (a, b) -> Double.compare(Double.longBitsToDouble(keys[a]), Double.longBitsToDouble(keys[b])));
        int at = 0;
        for (int slot : slots) {
            Arrays.fill(values, at, at + counts[slot], Double.longBitsToDouble(keys[slot]));
            at += counts[slot];
        }
    }
}

package ua.zalik.testing.analysis;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An attempt's marks per slot as a read-only list over one primitive array (NaN stands for a null mark), so that a
 * large analysis keeps one double per mark and {@link ItemAnalysis} reads them without boxing. The array is not copied:
 * whoever makes a row no longer changes it.
 */
public final class MarkRow extends AbstractList<Double> implements RandomAccess {

    private final double[] marks;

    public MarkRow(double[] marks) {
        this.marks = marks;
    }

    /** The mark, a null one as 0. */
    double markOrZero(int index) {
        double mark = marks[index];
        return Double.isNaN(mark) ? 0 : mark;
    }

    @Override
    public Double get(int index) {
        double mark = marks[index];
        return Double.isNaN(mark) ? null : mark;
    }

    @Override
    public int size() {
        return marks.length;
    }
}

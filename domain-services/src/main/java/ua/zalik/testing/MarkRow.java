package ua.zalik.testing;

import java.util.AbstractList;
import java.util.RandomAccess;

/** An attempt's marks per position as a read-only list over one primitive array; NaN stands for a null mark. */
final class MarkRow extends AbstractList<Double> implements RandomAccess {

    private final double[] marks;

    MarkRow(double[] marks) {
        this.marks = marks;
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

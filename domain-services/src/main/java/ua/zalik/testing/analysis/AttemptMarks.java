package ua.zalik.testing.analysis;

import java.util.Collections;
import java.util.List;

/** One finished attempt's marks per slot, in slot order; a null mark (not answered) counts as 0. */
public record AttemptMarks(long attemptId, List<Double> marks) {

    public AttemptMarks {
        if (marks == null) {
            throw new IllegalArgumentException("an attempt needs its marks");
        }
        marks = marks instanceof MarkRow ? marks : Collections.unmodifiableList(marks);
    }

    double mark(int slot) {
        if (marks instanceof MarkRow row) {
            return row.markOrZero(slot);
        }
        Double mark = marks.get(slot);
        return mark == null ? 0 : mark;
    }
}

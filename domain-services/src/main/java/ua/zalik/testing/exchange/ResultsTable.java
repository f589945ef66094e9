package ua.zalik.testing.exchange;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * A test's results as a spreadsheet: one row per student, one column of points per question, then the total,
 * the percent and the 12-point grade. Header words come in {@link Labels} so the caller can pass them in the
 * reader's language.
 */
public record ResultsTable(Labels labels, List<String> questionHeaders, List<Row> rows) {

    public ResultsTable {
        questionHeaders = List.copyOf(questionHeaders);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.points().size() != questionHeaders.size()) {
                throw new IllegalArgumentException("row '" + row.student() + "' has " + row.points().size()
                        + " points for " + questionHeaders.size() + " questions");
            }
        }
    }

    /** {@code points} per question in header order, null where the student has no mark (not reached, not graded). */
    public record Row(String student, List<BigDecimal> points, BigDecimal total, BigDecimal percent, Integer grade) {

        public Row {
            points = Collections.unmodifiableList(points);
        }
    }

    public record Labels(String sheet, String student, String total, String percent, String grade) {

        public static final Labels UKRAINIAN = new Labels("Результати", "Учень", "Бали", "Відсоток", "Оцінка");
        public static final Labels ENGLISH = new Labels("Results", "Student", "Points", "Percent", "Grade");
    }
}

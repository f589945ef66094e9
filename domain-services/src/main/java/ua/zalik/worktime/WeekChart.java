package ua.zalik.worktime;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The week report as stacked bars: minutes per day, one colour per subject. Labels are dates and subject names only. */
final class WeekChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final String NO_SUBJECT = "—";

    private WeekChart() {
    }

    static byte[] png(WeekReport report, TimeSheet sheet) {
        List<LocalDate> days = sheet.days();
        CategoryChart chart = new CategoryChartBuilder().width(800).height(450)
                .title(DAY.format(days.getFirst()) + " – " + DAY.format(days.getLast()) + "." + days.getLast().getYear())
                .yAxisTitle("min").build();
        chart.getStyler().setStacked(true);
        // outside the plot: inside, the legend hid the top of Monday's bar
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendVisible(!report.totals().subjects().isEmpty());
        List<String> labels = days.stream().map(DAY::format).toList();
        if (report.totals().subjects().isEmpty()) {
            chart.addSeries(NO_SUBJECT, labels, days.stream().map(d -> 0L).toList());
        }
        for (Totals.SubjectTotal subject : report.totals().subjects()) {
            String name = subject.subjectId() == null ? NO_SUBJECT
                    : subject.subjectName() == null ? "#" + subject.subjectId() : subject.subjectName();
            chart.addSeries(name, labels, sheet.dailyMinutes(subject.subjectId()));
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

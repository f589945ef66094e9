package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.testing.exchange.ResultsExport;
import ua.zalik.testing.exchange.ResultsTable;
import ua.zalik.testing.exchange.ResultsTable.Labels;

import java.util.Locale;

/** An assignment's results as CSV or XLSX for the teachers who manage it, headed in the reader's language. */
@Service
public class ResultSheets {

    private final Results results;
    private final Assignments assignments;

    ResultSheets(Results results, Assignments assignments) {
        this.results = results;
        this.assignments = assignments;
    }

    /** UTF-8 with a byte order mark, cells and decimals as the style says. */
    @Transactional(readOnly = true)
    public ResultsFile csv(Actor actor, long assignmentId, Locale language, CsvStyle style) {
        ResultsTable table = results.spreadsheet(actor, assignmentId, labels(language));
        return new ResultsFile(name(actor, assignmentId, table), ResultsExport.csv(table, style));
    }

    @Transactional(readOnly = true)
    public ResultsFile xlsx(Actor actor, long assignmentId, Locale language) {
        ResultsTable table = results.spreadsheet(actor, assignmentId, labels(language));
        return new ResultsFile(name(actor, assignmentId, table), ResultsExport.xlsx(table));
    }

    /** English for English readers, Ukrainian for everyone else. */
    private static Labels labels(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? Labels.ENGLISH : Labels.UKRAINIAN;
    }

    private String name(Actor actor, long assignmentId, ResultsTable table) {
        return assignments.assignment(actor, assignmentId).testTitle() + " " + table.labels().sheet();
    }
}

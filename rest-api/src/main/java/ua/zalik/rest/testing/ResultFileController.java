package ua.zalik.rest.testing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.Results;
import ua.zalik.testing.exchange.ResultsExport;
import ua.zalik.testing.exchange.ResultsExport.CsvStyle;
import ua.zalik.testing.exchange.ResultsTable;
import ua.zalik.testing.exchange.ResultsTable.Labels;

import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/testing/assignments/{id}")
@Tag(name = "assignments")
class ResultFileController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Results results;
    private final Assignments assignments;

    ResultFileController(Results results, Assignments assignments) {
        this.results = results;
        this.assignments = assignments;
    }

    @GetMapping("/results.csv")
    @Operation(summary = "Download the results as CSV (UTF-8 with BOM; ?style=semicolon for Excel with decimal commas); "
            + "headers in the Accept-Language (uk by default, en)")
    ResponseEntity<byte[]> csv(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "standard") String style,
                               @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        CsvStyle csvStyle = switch (style.strip().toLowerCase(Locale.ROOT)) {
            case "standard" -> CsvStyle.STANDARD;
            case "semicolon" -> CsvStyle.SEMICOLON;
            default -> throw new InvalidInputException("style must be standard or semicolon");
        };
        ResultsTable table = results.spreadsheet(actor, id, labels(language));
        return Downloads.file(ResultsExport.csv(table, csvStyle), CSV, fileName(actor, id, table), "csv");
    }

    @GetMapping("/results.xlsx")
    @Operation(summary = "Download the results as an Excel workbook; headers in the Accept-Language (uk by default, en)")
    ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable long id,
                                @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        ResultsTable table = results.spreadsheet(actor, id, labels(language));
        return Downloads.file(ResultsExport.xlsx(table), XLSX, fileName(actor, id, table), "xlsx");
    }

    /** Ukrainian unless the reader prefers English to it. */
    static Labels labels(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Labels.UKRAINIAN;
        }
        try {
            String chosen = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("uk", "en"));
            return "en".equals(chosen) ? Labels.ENGLISH : Labels.UKRAINIAN;
        } catch (IllegalArgumentException malformed) {
            return Labels.UKRAINIAN;
        }
    }

    private String fileName(Actor actor, long id, ResultsTable table) {
        return assignments.assignment(actor, id).testTitle() + " " + table.labels().sheet();
    }
}

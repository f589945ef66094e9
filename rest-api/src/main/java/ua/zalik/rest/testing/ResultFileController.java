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
import ua.zalik.testing.CsvStyle;
import ua.zalik.testing.ResultSheets;
import ua.zalik.testing.ResultsFile;

import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/testing/assignments/{id}")
@Tag(name = "assignments")
class ResultFileController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Locale UKRAINIAN = Locale.of("uk");

    private final ResultSheets sheets;

    ResultFileController(ResultSheets sheets) {
        this.sheets = sheets;
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
        ResultsFile file = sheets.csv(actor, id, language(language), csvStyle);
        return Downloads.file(file.content(), CSV, file.name(), "csv");
    }

    @GetMapping("/results.xlsx")
    @Operation(summary = "Download the results as an Excel workbook; headers in the Accept-Language (uk by default, en)")
    ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable long id,
                                @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        ResultsFile file = sheets.xlsx(actor, id, language(language));
        return Downloads.file(file.content(), XLSX, file.name(), "xlsx");
    }

    /** Ukrainian unless the reader prefers English to it. */
    static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return UKRAINIAN;
        }
        try {
            String chosen = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("uk", "en"));
            return "en".equals(chosen) ? Locale.ENGLISH : UKRAINIAN;
        } catch (IllegalArgumentException malformed) {
            return UKRAINIAN;
        }
    }
}

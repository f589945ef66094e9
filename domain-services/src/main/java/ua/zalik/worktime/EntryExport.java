package ua.zalik.worktime;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entries as rows in school time: date, start, end, minutes, activity, subject, source. */
final class EntryExport {

    static final List<String> HEADER = List.of("date", "start", "end", "minutes", "activity", "subject", "source");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private EntryExport() {
    }

    static String csv(List<TimeEntry> entries, ZoneId zone, Map<Long, String> subjects, Instant now) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (TimeEntry entry : entries) {
            csv.append(String.join(",", cells(entry, zone, subjects, now).stream().map(EntryExport::quoted).toList())).append("\r\n");
        }
        return csv.toString();
    }

    static byte[] xlsx(List<TimeEntry> entries, ZoneId zone, Map<Long, String> subjects, Instant now) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("entries");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int r = 1;
            for (TimeEntry entry : entries) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(entry, zone, subjects, now);
                for (int i = 0; i < cells.size(); i++) {
                    if (i == 3) {
                        row.createCell(i).setCellValue(Long.parseLong(cells.get(i)));
                    } else {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(TimeEntry entry, ZoneId zone, Map<Long, String> subjects, Instant now) {
        ZonedDateTime start = entry.startedAt().atZone(zone);
        List<String> cells = new ArrayList<>();
        cells.add(start.toLocalDate().toString());
        cells.add(TIME.format(start));
        cells.add(entry.running() ? "" : TIME.format(entry.endedAt().atZone(zone)));
        cells.add(String.valueOf(TimeSheet.minutes(entry.duration(now).toSeconds())));
        cells.add(entry.activity());
        cells.add(entry.subjectId() == null ? "" : subjects.getOrDefault(entry.subjectId(), String.valueOf(entry.subjectId())));
        cells.add(entry.source().name());
        return cells;
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}

package ua.zalik.testing.exchange;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ua.zalik.testing.CsvStyle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a {@link ResultsTable} as CSV (for any tool) or XLSX (for Excel and LibreOffice). */
public final class ResultsExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ResultsExport() {
    }

    public static byte[] csv(ResultsTable table) {
        return csv(table, CsvStyle.STANDARD);
    }

    /**
     * CSV (RFC 4180 quoting) in UTF-8 with a byte order mark (without it Excel reads Cyrillic as mojibake). A text cell
     * that a spreadsheet would take for a formula (=, +, -, @, tab, CR first) gets a leading apostrophe.
     */
    public static byte[] csv(ResultsTable table, CsvStyle style) {
        StringBuilder out = new StringBuilder();
        char separator = style.separator();
        List<String> header = header(table);
        for (int i = 0; i < header.size(); i++) {
            out.append(i == 0 ? "" : separator).append(csvText(header.get(i), separator));
        }
        out.append("\r\n");
        for (ResultsTable.Row row : table.rows()) {
            out.append(csvText(row.student(), separator));
            row.points().forEach(points -> out.append(separator).append(number(points, style)));
            out.append(separator).append(number(row.total(), style)).append(separator).append(number(row.percent(), style))
                    .append(separator).append(row.grade() == null ? "" : row.grade().toString()).append("\r\n");
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /** One sheet, numbers as number cells, texts as string cells (never formulas), header row and names frozen. */
    public static byte[] xlsx(ResultsTable table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.labels().sheet()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            CellStyle pointsStyle = workbook.createCellStyle();
            pointsStyle.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
            CellStyle percentStyle = workbook.createCellStyle();
            percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

            List<String> header = header(table);
            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(headerStyle);
            }
            int questions = table.questionHeaders().size();
            int rowIndex = 1;
            for (ResultsTable.Row row : table.rows()) {
                Row sheetRow = sheet.createRow(rowIndex++);
                sheetRow.createCell(0).setCellValue(row.student() == null ? "" : row.student());
                for (int q = 0; q < questions; q++) {
                    numberCell(sheetRow, q + 1, row.points().get(q), pointsStyle);
                }
                numberCell(sheetRow, questions + 1, row.total(), pointsStyle);
                numberCell(sheetRow, questions + 2, row.percent(), percentStyle);
                if (row.grade() != null) {
                    sheetRow.createCell(questions + 3).setCellValue(row.grade());
                }
            }
            sheet.createFreezePane(1, 1);
            sheet.setColumnWidth(0, 32 * 256);
            for (int i = 1; i < header.size(); i++) {
                sheet.setColumnWidth(i, 11 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException("the XLSX file could not be written", failed);
        }
    }

    private static List<String> header(ResultsTable table) {
        ResultsTable.Labels labels = table.labels();
        List<String> header = new ArrayList<>();
        header.add(labels.student());
        header.addAll(table.questionHeaders());
        header.add(labels.total());
        header.add(labels.percent());
        header.add(labels.grade());
        return header;
    }

    private static void numberCell(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private static String number(BigDecimal value, CsvStyle style) {
        return value == null ? "" : value.toPlainString().replace('.', style.decimal());
    }

    static String csvText(String value, char separator) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

package ua.zalik.testing.exchange;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ua.zalik.testing.CsvStyle;
import ua.zalik.testing.exchange.ResultsTable.Labels;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultsExportTests {

    private static final ResultsTable TABLE = new ResultsTable(Labels.UKRAINIAN, List.of("1. Площа", "2. \"Лапки\", кома"),
            List.of(
                    new ResultsTable.Row("Шевченко Тарас", Arrays.asList(new BigDecimal("1"), new BigDecimal("1.5")),
                            new BigDecimal("2.5"), new BigDecimal("83.3"), 10),
                    new ResultsTable.Row("=HYPERLINK(\"http://evil\")", Arrays.asList(null, new BigDecimal("0")),
                            BigDecimal.ZERO, BigDecimal.ZERO, 1),
                    new ResultsTable.Row("-Хакер\nдругий рядок", Arrays.asList(new BigDecimal("-0.5"), null),
                            new BigDecimal("-0.5"), new BigDecimal("-16.7"), null)));

    @Test
    void csvStartsWithBomAndQuotesLikeRfc4180() {
        byte[] csv = ResultsExport.csv(TABLE);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(
                "Учень,1. Площа,\"2. \"\"Лапки\"\", кома\",Бали,Відсоток,Оцінка\r\n"
                        + "Шевченко Тарас,1,1.5,2.5,83.3,10\r\n"
                        + "\"'=HYPERLINK(\"\"http://evil\"\")\",,0,0,0,1\r\n"
                        + "\"'-Хакер\nдругий рядок\",-0.5,,-0.5,-16.7,\r\n");
    }

    @Test
    void semicolonCsvSuitsExcelWithDecimalCommas() {
        byte[] csv = ResultsExport.csv(TABLE, CsvStyle.SEMICOLON);

        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Учень;1. Площа;\"2. \"\"Лапки\"\", кома\";Бали;Відсоток;Оцінка\r\n"
                + "Шевченко Тарас;1;1,5;2,5;83,3;10\r\n");
        assertThat(ResultsExport.csvText("a;b", ';')).isEqualTo("\"a;b\"");
        assertThat(ResultsExport.csvText("a,b", ';')).isEqualTo("a,b");
    }

    @Test
    void csvDefusesEveryFormulaPrefix() {
        assertThat(ResultsExport.csvText("+1", ',')).isEqualTo("'+1");
        assertThat(ResultsExport.csvText("@SUM(A1)", ',')).isEqualTo("'@SUM(A1)");
        assertThat(ResultsExport.csvText("\tx", ',')).isEqualTo("'\tx");
        assertThat(ResultsExport.csvText("Іваненко", ',')).isEqualTo("Іваненко");
    }

    @Test
    void xlsxHoldsOneRowPerStudentWithNumberCells() throws IOException {
        byte[] xlsx = ResultsExport.xlsx(TABLE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Результати");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Учень");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("2. \"Лапки\", кома");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Оцінка");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Шевченко Тарас");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1.5);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(83.3);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(10.0);

            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(second.getCell(1)).as("no mark, no cell").isNull();
            assertThat(second.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);

            Row third = sheet.getRow(3);
            assertThat(third.getCell(1).getNumericCellValue()).isEqualTo(-0.5);
            assertThat(third.getCell(5)).isNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void rowsMustHavePointsForEveryQuestion() {
        assertThatThrownBy(() -> new ResultsTable(Labels.ENGLISH, List.of("Q1", "Q2"),
                List.of(new ResultsTable.Row("Ann", List.of(BigDecimal.ONE), BigDecimal.ONE, BigDecimal.TEN, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 'Ann' has 1 points for 2 questions");
    }
}

package io.github.ratecard.export;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

/**
 * The hints as CSV and XLSX: one priced hint (1,234.50 EUR at stake) dismissed with a reason that
 * looks like a formula, on an account whose key does too; one unpriced open hint.
 */
public class HintWritersTest {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 15);
    private static final List<HintLine> HINTS = List.of(
            new HintLine("Billed below cost", "Dismissed", "=cmd|' /C calc'!A0 earned less", new BigDecimal("1234.50"), "EUR", "Raise the rate",
                    "@ACME", "ACME, GLX", JUNE, JUNE.plusDays(7), "Fiona", "=HYPERLINK(\"http://x\")"),
            new HintLine("Not invoiced", "Open", "Work of May is not invoiced", null, "", "Invoice it", "ACME", "ACME", JUNE, JUNE, "", ""));

    @Test
    public void csv_shouldWriteEveryColumnPlainAndNeutraliseFormulas() throws Exception {
        String csv = csv(new HintCsvWriter(false, ',', '.'), ExportWords.ENGLISH);

        assertEquals("Rule,State,Finding,At stake,Currency,Suggested action,Account,Projects,First found,Last found,Dismissed by,Reason\r\n"
                + "Billed below cost,Dismissed,'=cmd|' /C calc'!A0 earned less,1234.50,EUR,Raise the rate,'@ACME,\"ACME, GLX\",2026-06-15,2026-06-22,"
                + "Fiona,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                + "Not invoiced,Open,Work of May is not invoiced,,,Invoice it,ACME,ACME,2026-06-15,2026-06-15,,\r\n", csv);
    }

    @Test
    public void germanCsv_shouldUseTheDecimalCommaAndGermanWords() throws Exception {
        String csv = csv(new HintCsvWriter(true, ';', ','), ExportWords.of(Locale.GERMAN));

        assertThat(csv, containsString("\uFEFFRegel;Status;"));
        assertThat(csv, containsString(";1234,50;EUR;"));
        assertThat(csv, containsString("Zuerst gefunden;Zuletzt gefunden;Ausgeblendet von;Begründung\r\n"));
    }

    @Test
    public void xlsx_shouldHoldTypedMoneyAndDatesAndNoFigureWhereNotPriced() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HintXlsxWriter().write(HINTS, ExportWords.ENGLISH, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row priced = sheet.getRow(1);
            assertEquals("'=cmd|' /C calc'!A0 earned less", priced.getCell(2).getStringCellValue());
            assertEquals(1234.5, priced.getCell(3).getNumericCellValue(), 0);
            assertEquals(JUNE.atStartOfDay(), priced.getCell(8).getLocalDateTimeCellValue());
            assertEquals("'@ACME", priced.getCell(6).getStringCellValue());
            assertEquals("'=HYPERLINK(\"http://x\")", priced.getCell(11).getStringCellValue());
            assertEquals(null, sheet.getRow(2).getCell(3));
            assertEquals("Hints", sheet.getSheetName());
        }
    }

    private static String csv(HintWriter writer, ExportWords words) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(HINTS, words, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}

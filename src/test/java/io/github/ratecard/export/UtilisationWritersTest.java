package io.github.ratecard.export;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

/** The utilisation report as CSV and XLSX: 148 h of 160 h (92.5 %), 136 h billable (85.0 %) against an 85 % target. */
public class UtilisationWritersTest {

    private static final List<UtilisationLine> REPORT = List.of(
            new UtilisationLine("=HYPERLINK(\"http://x\")", new BigDecimal("160.00"), new BigDecimal("148.00"), new BigDecimal("136.00"),
                    new BigDecimal("92.5"), new BigDecimal("85.0"), new BigDecimal("85.0"), "ON"),
            new UtilisationLine("Ben", new BigDecimal("0.00"), new BigDecimal("4.00"), new BigDecimal("0.00"), null, null, null, null));

    @Test
    public void csv_shouldWriteHoursPercentagesAndStatePlainAndNeutraliseFormulas() throws Exception {
        String csv = csv(new UtilisationCsvWriter(false, ',', '.'), ExportWords.ENGLISH);

        assertEquals("\"Person, level, team or month\",Capacity (h),Logged (h),Billable (h),Utilisation (%),Billable utilisation (%),"
                + "Billable target (%),Against target\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",160.00,148.00,136.00,92.5,85.0,85.0,On target\r\n"
                + "Ben,0.00,4.00,0.00,,,,\r\n", csv);
    }

    @Test
    public void germanCsv_shouldUseTheDecimalCommaAndGermanWords() throws Exception {
        String csv = csv(new UtilisationCsvWriter(true, ';', ','), ExportWords.of(Locale.GERMAN));

        assertThat(csv, containsString("\uFEFFPerson, Stufe, Team oder Monat;Kapazität (h)"));
        assertThat(csv, containsString(";160,00;148,00;136,00;92,5;85,0;85,0;Im Ziel\r\n"));
    }

    @Test
    public void xlsx_shouldHoldTypedNumbersAndNoFigureWithoutCapacity() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UtilisationXlsxWriter().write(REPORT, ExportWords.ENGLISH, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row ana = sheet.getRow(1);
            assertEquals("'=HYPERLINK(\"http://x\")", ana.getCell(0).getStringCellValue());
            assertEquals(160.0, ana.getCell(1).getNumericCellValue(), 0);
            assertEquals(92.5, ana.getCell(4).getNumericCellValue(), 0);
            assertEquals("On target", ana.getCell(7).getStringCellValue());
            assertEquals(null, sheet.getRow(2).getCell(4));
        }
    }

    private static String csv(UtilisationWriter writer, ExportWords words) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(REPORT, words, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}

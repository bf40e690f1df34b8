package io.github.ratecard.export;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

/** The profitability report's XLSX: the auto-filter covers the table only; the notes follow it after an empty row, neutralised. */
public class MarginXlsxWriterTest {

    @Test
    public void notes_shouldFollowTheTableOutsideItsFilter() throws Exception {
        MarginSheet sheet = new MarginSheet("Profitability", List.of("Row", "Revenue"),
                List.of(List.of(MarginSheet.Cell.of("Acme"), MarginSheet.Cell.of(new BigDecimal("50.50"))),
                        List.of(MarginSheet.Cell.of("Total"), MarginSheet.Cell.of(new BigDecimal("50.50")))),
                List.of("How revenue in other currencies is shown in EUR", "=USD of 2026-11: not converted"));

        try (XSSFWorkbook workbook = read(sheet)) {
            XSSFSheet table = workbook.getSheetAt(0);

            assertEquals("A1:B3", table.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(null, table.getRow(3));
            assertEquals("How revenue in other currencies is shown in EUR", table.getRow(4).getCell(0).getStringCellValue());
            assertEquals("'=USD of 2026-11: not converted", table.getRow(5).getCell(0).getStringCellValue());
        }
    }

    private static XSSFWorkbook read(MarginSheet sheet) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarginXlsxWriter().write(sheet, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}

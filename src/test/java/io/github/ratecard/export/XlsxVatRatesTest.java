package io.github.ratecard.export;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

/** The XLSX of an invoice with three VAT rates: each line's rate in a column of its own, and one tax row per rate before the total. */
public class XlsxVatRatesTest {

    @Test
    public void invoiceSheet_shouldHaveATaxRowPerRateAndEachLinesRate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxInvoiceWriter().write(UblSamples.document(UblSamples.mixedRates()), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet invoice = workbook.getSheetAt(0);
            int last = invoice.getLastRowNum();
            List<String> totals = new ArrayList<>();
            for (int r = last - 4; r <= last; r++) {
                Row row = invoice.getRow(r);
                totals.add(row.getCell(2).getStringCellValue() + " = " + BigDecimal.valueOf(row.getCell(3).getNumericCellValue()).setScale(2).toPlainString());
            }
            assertEquals(List.of("Subtotal = 132.55", "Tax 19 % on 90.00 = 17.10", "Tax 7 % on 30.05 = 2.10",
                    "Tax 0 % on 12.50 (Exempt under Article 132(1)(i) of Directive 2006/112/EC) = 0.00", "Total = 151.75"), totals);
            List<String> rates = new ArrayList<>();
            for (int r = last - 7; r <= last - 5; r++) {
                rates.add(invoice.getRow(r).getCell(0).getStringCellValue() + " " + BigDecimal.valueOf(invoice.getRow(r).getCell(4).getNumericCellValue())
                        .stripTrailingZeros().toPlainString());
            }
            assertEquals(List.of("ACME-1 Password resets 19", "Printed handbooks 2026-10-09 7", "Exam fees 0"), rates);
        }
    }
}

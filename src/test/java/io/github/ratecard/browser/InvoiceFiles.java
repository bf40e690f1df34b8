package io.github.ratecard.browser;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An invoice's downloads read back: the XLSX with Apache POI (its total row and the sum of its
 * detail sheet) and the CSV with Apache Commons CSV (the sum of its amount column). The files'
 * words are in the client's invoice language, so either language's column and row names count.
 */
final class InvoiceFiles {

    private final SandboxRest rest;
    private final PageWords english;
    private final PageWords other;

    InvoiceFiles(SandboxRest rest, PageWords english, PageWords other) {
        this.rest = rest;
        this.english = english;
        this.other = other;
    }

    record Spreadsheet(String sheetName, BigDecimal total, BigDecimal detailSum) {
    }

    Spreadsheet spreadsheet(String url) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(rest.download(url).body()))) {
            Sheet invoice = workbook.getSheetAt(0);
            BigDecimal total = null;
            for (Row row : invoice) {
                Cell label = row.getCell(2);
                if (label != null && label.getCellType() == CellType.STRING && names(label.getStringCellValue(), "ratecard.export.total")) {
                    total = BigDecimal.valueOf(row.getCell(3).getNumericCellValue());
                }
            }
            if (total == null) {
                throw new AssertionError("No total row on the invoice sheet " + invoice.getSheetName());
            }
            Sheet detail = workbook.getSheetAt(1);
            BigDecimal sum = BigDecimal.ZERO;
            for (Row row : detail) {
                if (row.getRowNum() > 0) {
                    sum = sum.add(BigDecimal.valueOf(row.getCell(8).getNumericCellValue()));
                }
            }
            return new Spreadsheet(invoice.getSheetName(), total.setScale(2, java.math.RoundingMode.HALF_UP), sum.setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    /** The sum of the CSV's amount column, whichever separator and decimal sign the file was written with. */
    BigDecimal csvAmounts(String url) throws Exception {
        String text = new String(rest.download(url).body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        char separator = text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            String amount = csv.getHeaderNames().stream().filter(h -> names(h, "ratecard.export.amount")).findFirst()
                    .orElseThrow(() -> new AssertionError("No amount column in " + csv.getHeaderNames()));
            BigDecimal sum = BigDecimal.ZERO;
            for (CSVRecord record : csv) {
                // a CSV amount has no grouping: its one sign, point or comma, marks the decimals
                sum = sum.add(new BigDecimal(record.get(amount).replace(',', '.')));
            }
            return sum;
        }
    }

    private boolean names(String shown, String key) {
        return shown.equals(english.text(key)) || shown.equals(other.text(key));
    }
}

package io.github.ratecard.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceTotals;
import io.github.ratecard.invoice.InvoicedWork;
import io.github.ratecard.invoice.Issuance;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.invoice.RetainerFigures;
import io.github.ratecard.invoice.RetainerStatement;
import io.github.ratecard.money.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

/**
 * The exports of a retainer's invoice (fee, overage at an hourly rate, the work on the fee line at no money of its own)
 * and of a client statement: the CSV still adds up to the subtotal, the e-invoice bills overage in hours and the fee as
 * one item, the statement's hours are typed numbers and its texts neutralised.
 */
public class ContractExportTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    public void csvOfARetainerInvoice_shouldAddUpToTheSubtotal() throws Exception {
        List<CSVRecord> records = csv(retainerInvoice());

        BigDecimal sum = records.stream().map(record -> new BigDecimal(record.get("Amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("10577.50").compareTo(sum));
        assertEquals(4, records.size());
    }

    @Test
    public void ublOfARetainerInvoice_shouldBillOverageInHoursAndTheFeeAsOneItem() throws Exception {
        String xml = new String(write(new UblInvoiceWriter(id -> null), retainerInvoice()), StandardCharsets.UTF_8);

        assertTrue(xml, xml.contains("<cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity>"));
        assertTrue(xml, xml.contains("<cbc:InvoicedQuantity unitCode=\"HUR\">11.50</cbc:InvoicedQuantity>"));
    }

    @Test
    public void statementXlsx_shouldTypeItsHoursAndNeutraliseItsTexts() throws Exception {
        RetainerStatement statement = new RetainerStatement("ACME", "=Acme Corp", "May 2026", "en",
                Optional.of(new RetainerFigures(8 * 3600, 120 * 3600, 139 * 3600 + 1800, 0, 0, 0)),
                List.of(new RetainerStatement.IssueHours("ACME-7", "+1 Onboarding", 7 * 3600, Optional.of("ACME-2026-0004"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatementXlsxWriter().write(statement, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("'=Acme Corp", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Used", sheet.getRow(6).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(6).getCell(1).getCellType());
            assertEquals(139.5, sheet.getRow(6).getCell(1).getNumericCellValue(), 0);
            assertEquals("'+1 Onboarding", sheet.getRow(13).getCell(1).getStringCellValue());
            assertEquals("ACME-2026-0004", sheet.getRow(13).getCell(3).getStringCellValue());
        }
    }

    /** May's retainer invoice: the fee, 11.5 h overage at 85 USD/h, and two worklogs on the fee line at no money of their own. */
    private static InvoiceDocument retainerInvoice() {
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(1, LineKind.RETAINER, "RETAINER:2026-05", "Retainer May 2026: 120 h prepaid, 139.5 h used, 11.5 h overage at 85.00 USD/h",
                        BigDecimal.ONE, new BigDecimal("9600.00"), Money.parse("9600.00", "USD"), 502200, 2),
                new InvoiceLine(2, LineKind.OVERAGE, "OVERAGE:2026-05@850000", "Overage May 2026: 11.5 h beyond the balance at 85.00 USD/h",
                        new BigDecimal("11.50"), new BigDecimal("85.0000"), Money.parse("977.50", "USD"), 41400, 1));
        Invoice invoice = new Invoice(1, InvoiceHeader.invoice("ACME", new DateRange(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31")),
                LineGrouping.ISSUE, USD, List.of(), "", "fiona"), lines, InvoiceTotals.of(lines, BigDecimal.ZERO, USD),
                Optional.of(new Issuance("ACME-2026-0004", LocalDate.parse("2026-06-01"), Instant.parse("2026-06-01T10:00:00Z"), "fiona", Optional.empty())),
                Optional.empty());
        List<InvoicedWork> rows = List.of(
                new InvoicedWork(11, 1, "RETAINER:2026-05", LocalDate.parse("2026-05-05"), "ACME-1", "Onboarding", "Ana", null, 3600 * 70, 3600 * 70,
                        BigDecimal.ZERO, Money.parse("0", "USD")),
                new InvoicedWork(12, 1, "RETAINER:2026-05", LocalDate.parse("2026-05-25"), "ACME-2", "Headsets", "Ben", null, 250200, 250200,
                        BigDecimal.ZERO, Money.parse("0", "USD")));
        return new InvoiceDocument(invoice, "Invoice ACME-2026-0004", new InvoiceDocument.Party("Ratecard BPO", "DE"),
                new InvoiceDocument.Party("Acme", "US"), consumer -> rows.forEach(consumer));
    }

    private static List<CSVRecord> csv(InvoiceDocument document) throws Exception {
        String text = new String(write(new CsvInvoiceWriter(false, ','), document), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static byte[] write(InvoiceWriter writer, InvoiceDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document, out);
        return out.toByteArray();
    }
}

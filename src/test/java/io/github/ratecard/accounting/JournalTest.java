package io.github.ratecard.accounting;

import static io.github.ratecard.accounting.Documents.EUR;
import static io.github.ratecard.accounting.Documents.USD;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.money.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

/** The generic journal: balanced double entries per document, in finance's columns, safe in a spreadsheet. */
public class JournalTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);
    private final AccountingSettings settings = AccountingSettings.defaults();

    @Test
    public void invoice_shouldDebitTheDebtorAndCreditRevenueAndTax() {
        List<JournalLine> lines = Journal.of(Postings.of(Documents.invoice(1, "INV-1", "1000.00", DAY), settings, EUR));

        assertEquals(List.of("10000 1190.00", "8400 -1000.00", "1776 -190.00"),
                lines.stream().map(line -> line.account() + " " + line.amount().toDecimal().toPlainString()).toList());
        assertEquals(List.of("", "19", "19"), lines.stream().map(JournalLine::taxCode).toList());
    }

    @Test
    public void invoiceAtTwoRates_shouldCreditTheRevenueAndTaxAccountsOfEachRate() {
        List<JournalLine> lines = Journal.of(Postings.of(Documents.invoiceAtTwoRates(1, "INV-1", "1000.00", "100.00", DAY), settings, EUR));

        assertEquals(List.of("10000 1297.00", "8400 -1000.00", "1776 -190.00", "8300 -100.00", "1771 -7.00"),
                lines.stream().map(line -> line.account() + " " + line.amount().toDecimal().toPlainString()).toList());
    }

    @Test
    public void everyDocument_shouldBalanceInItsCurrencyAndTheBase() {
        Invoice invoice = Documents.invoice(1, "INV-1", "ACME", "333.33", "19", USD, DAY, "0.917");
        Invoice credit = Documents.creditNote(2, "CN-1", invoice, DAY.plusDays(1));
        Invoice voided = Documents.invoice(3, "INV-2", "1000.01", DAY).voided("Wrong client");

        for (Invoice document : List.of(invoice, credit, voided)) {
            Map<String, List<JournalLine>> byDocument = Journal.of(Postings.of(document, settings, EUR)).stream()
                    .collect(Collectors.groupingBy(JournalLine::document));
            for (List<JournalLine> lines : byDocument.values()) {
                assertEquals(document.describe(), 0, lines.stream().mapToLong(line -> line.amount().minorUnits()).sum());
                assertEquals(document.describe(), 0, lines.stream().mapToLong(line -> line.baseAmount().orElseThrow().minorUnits()).sum());
                BigDecimal debits = lines.stream().map(JournalLine::debit).filter(d -> d != null).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal credits = lines.stream().map(JournalLine::credit).filter(c -> c != null).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, debits.compareTo(credits));
            }
        }
    }

    @Test
    public void foreignCurrencyInvoice_shouldSplitItsFrozenBaseTotalExactly() {
        Invoice invoice = Documents.invoice(1, "INV-1", "ACME", "333.33", "19", USD, DAY, "0.917");

        List<JournalLine> lines = Journal.of(Postings.of(invoice, settings, EUR));

        assertEquals(invoice.issuance().orElseThrow().base().orElseThrow().amount(), lines.get(0).baseAmount().orElseThrow());
        assertEquals(Money.of(new BigDecimal("-305.67"), EUR), lines.get(1).baseAmount().orElseThrow());
    }

    @Test
    public void creditNote_shouldCreditTheDebtor() {
        Invoice invoice = Documents.invoice(1, "INV-1", "1000.00", DAY);

        List<JournalLine> lines = Journal.of(Postings.of(Documents.creditNote(2, "CN-1", invoice, DAY), settings, EUR));

        assertEquals(new BigDecimal("1190.00"), lines.get(0).credit());
        assertEquals(null, lines.get(0).debit());
        assertEquals(new BigDecimal("1000.00"), lines.get(1).debit());
    }

    @Test
    public void zeroRatedInvoice_shouldHaveNoTaxLine() {
        AccountingSettings zero = new AccountingSettings(null, null, java.time.Month.JANUARY, 4, "03",
                Map.of("0", new RevenueAccount("8338", "", "")), "10000", Map.of(), AccountingSettings.defaultColumns());

        List<JournalLine> lines = Journal.of(Postings.of(Documents.invoice(1, "INV-1", "ACME", "500.00", "0", EUR, DAY, null), zero, EUR));

        assertEquals(List.of("10000", "8338"), lines.stream().map(JournalLine::account).toList());
    }

    @Test
    public void csv_shouldWriteFinancesColumnsInTheirOrderAndNeutraliseFormulas() throws IOException {
        List<JournalColumn> columns = List.of(new JournalColumn(JournalField.ACCOUNT, "Konto"), new JournalColumn(JournalField.DOCUMENT, "Beleg"),
                new JournalColumn(JournalField.AMOUNT, "Betrag"));
        List<JournalLine> lines = Journal.of(Postings.of(Documents.invoice(1, "=HYPERLINK(1)", "1000.00", DAY), settings, EUR));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new JournalCsvWriter(false, ';', ',').write(columns, lines, out);

        String[] rows = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals("Konto;Beleg;Betrag", rows[0]);
        assertEquals("10000;'=HYPERLINK(1);1190,00", rows[1]);
        assertEquals("8400;'=HYPERLINK(1);-1000,00", rows[2]);
    }

    @Test
    public void xlsx_shouldTypeNumbersAndDays() throws IOException {
        List<JournalLine> lines = Journal.of(Postings.of(Documents.invoice(1, "INV-1", "1000.00", DAY), settings, EUR));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new JournalXlsxWriter().write(AccountingSettings.defaultColumns(), lines, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Date", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1190.0, sheet.getRow(1).getCell(3).getNumericCellValue(), 0.0);
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(0)));
            assertEquals(4, sheet.getLastRowNum() + 1);
        }
    }
}

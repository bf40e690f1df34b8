package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.accounting.AccountingSettings;
import io.github.ratecard.accounting.ExportFormat;
import io.github.ratecard.accounting.ExportRecord;
import io.github.ratecard.accounting.ExportedDocument;
import io.github.ratecard.accounting.JournalColumn;
import io.github.ratecard.accounting.JournalField;
import io.github.ratecard.accounting.RevenueAccount;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.Page;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.ao.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Test;

/** The accounting settings, the export records and the documents of a period, on the real ORM (H2, or PostgreSQL when asked). */
public class AoAccountingStoresTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final DateRange NOVEMBER = new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final AoAccountingSettings settings = new AoAccountingSettings(database.activeObjects());
    private final AoExportRecords records = new AoExportRecords(database.activeObjects());
    private final AoIssuedDocuments issued = new AoIssuedDocuments(database.activeObjects());
    private final AoInvoiceStore invoices = new AoInvoiceStore(database.activeObjects());

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void settingsNeverSaved_shouldBeTheDefaults() {
        assertEquals(AccountingSettings.defaults(), settings.load());
    }

    @Test
    public void savedSettings_shouldReadBackAsSaved() {
        AccountingSettings saved = new AccountingSettings(29098, 55003, Month.APRIL, 5, "04",
                Map.of("19", new RevenueAccount("44000", "", "38060"), "7.5", new RevenueAccount("43100", "3", "")), "100000",
                Map.of("ACME", "100042", "GLOBEX", "100043"),
                List.of(new JournalColumn(JournalField.AMOUNT, "Betrag = Soll"), new JournalColumn(JournalField.DOCUMENT, "Beleg"),
                        new JournalColumn(JournalField.ACCOUNT, "Konto")));

        settings.save(saved);

        assertEquals(saved, settings.load());
    }

    @Test
    public void savingAgain_shouldReplaceEveryEarlierRow() {
        settings.save(new AccountingSettings(29098, 55003, Month.JANUARY, 4, "03", Map.of("19", new RevenueAccount("8400", "", "1776")), "10000",
                Map.of("ACME", "10042"), AccountingSettings.defaultColumns()));
        AccountingSettings fewer = AccountingSettings.defaults();

        settings.save(fewer);

        assertEquals(fewer, settings.load());
    }

    @Test
    public void exportRecords_shouldBeListedNewestFirstWithTheirDocuments() {
        long first = records.add(record("2026-12-01T10:00:00Z", ExportFormat.DATEV, new ExportedDocument(1, "INV-1")));
        long second = records.add(record("2026-12-02T10:00:00Z", ExportFormat.JOURNAL_CSV, new ExportedDocument(1, "INV-1"),
                new ExportedDocument(2, "CN-1")));

        Page<ExportRecord> page = records.list(0, 10);

        assertEquals(List.of(second, first), page.items().stream().map(ExportRecord::id).toList());
        assertEquals(2, page.total());
        assertEquals(List.of(new ExportedDocument(1, "INV-1"), new ExportedDocument(2, "CN-1")), page.items().get(0).documents());
        assertEquals(NOVEMBER, page.items().get(0).period());
        assertEquals("finance", page.items().get(0).by());
    }

    @Test
    public void lastExported_shouldGiveTheLatestExportOfEachDocumentExportedBefore() {
        records.add(record("2026-12-01T10:00:00Z", ExportFormat.DATEV, new ExportedDocument(1, "INV-1")));
        records.add(record("2026-12-03T10:00:00Z", ExportFormat.JOURNAL_XLSX, new ExportedDocument(1, "INV-1")));

        assertEquals(Map.of(1L, Instant.parse("2026-12-03T10:00:00Z")), records.lastExported(List.of(1L, 2L)));
    }

    @Test
    public void issuedBetween_shouldGiveIssuedAndVoidedDocumentsOfThePeriodButNoDraft() {
        long inPeriod = invoices.insert(issued("INV-1", LocalDate.of(2026, 11, 30)));
        long voided = invoices.insert(issued("INV-2", LocalDate.of(2026, 11, 2)).voided("Wrong client"));
        invoices.insert(issued("INV-3", LocalDate.of(2026, 12, 1)));
        invoices.insert(draft());

        assertEquals(List.of(voided, inPeriod), issued.issuedBetween(NOVEMBER));
    }

    private static ExportRecord record(String at, ExportFormat format, ExportedDocument... documents) {
        return new ExportRecord(0, Instant.parse(at), "finance", format, NOVEMBER, List.of(documents));
    }

    private static Invoice draft() {
        InvoiceHeader header = InvoiceHeader.invoice("ACME", NOVEMBER, LineGrouping.ISSUE, EUR, List.of(), "", "finance");
        return Invoice.draft(header, new BigDecimal("19")).withLines(List.of(new InvoiceLine(0, LineKind.MANUAL, "m1", "Consulting", BigDecimal.ONE,
                new BigDecimal("100"), Money.of(new BigDecimal("100"), EUR), 0, 1)));
    }

    private static Invoice issued(String number, LocalDate day) {
        return draft().issued(number, day, Instant.parse("2026-12-01T10:00:00Z"), "finance", null, EUR);
    }
}

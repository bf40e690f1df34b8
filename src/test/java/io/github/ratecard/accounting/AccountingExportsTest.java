package io.github.ratecard.accounting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.audit.AuditEntry;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.insight.hints.Roles;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.store.AoAccountingSettings;
import io.github.ratecard.store.AoAuditLog;
import io.github.ratecard.store.AoExportRecords;
import io.github.ratecard.store.AoInvoiceStore;
import io.github.ratecard.store.AoIssuedDocuments;
import io.github.ratecard.store.AoSettings;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.Entities;
import io.github.ratecard.testing.ao.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.After;
import org.junit.Test;

/** The accounting service on the real ORM: finance only, settings audited, each export recorded, a re-export flagged. */
public class AccountingExportsTest {

    private static final DateRange NOVEMBER = new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    private final TestDatabase database = TestDatabase.fresh().migrate(Entities.array());
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    private final AoInvoiceStore invoices = new AoInvoiceStore(database.activeObjects());
    private final AoAuditLog audit = new AoAuditLog(database.activeObjects(), Roles.finance(), clock);

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void changedSettings_shouldBeAuditedWithBeforeAndAfter() {
        target(Roles.finance()).updateSettings(AccountingSettings.defaults().withNumbers(29098, 55003));

        List<AuditEntry> entries = audit.recent(AccountingExports.AUDIT_TYPE, 10);
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).beforeJson(), entries.get(0).beforeJson().contains("\"consultantNumber\":null"));
        assertTrue(entries.get(0).afterJson(), entries.get(0).afterJson().contains("\"consultantNumber\":29098"));
    }

    @Test
    public void someoneOtherThanFinance_shouldNeitherReadNorChangeNorExport() {
        AccountingExports target = target(Roles.viewingCostsOf(1L));

        assertThrows(AccessDeniedException.class, target::settings);
        assertThrows(AccessDeniedException.class, () -> target.updateSettings(AccountingSettings.defaults().withNumbers(29098, 55003)));
        assertThrows(AccessDeniedException.class, () -> target.export(ExportFormat.JOURNAL_CSV, NOVEMBER, Locale.ENGLISH));
        assertEquals(AccountingSettings.defaults(), target(Roles.finance()).settings());
    }

    @Test
    public void export_shouldBeRecordedAndASecondOneFlagTheDocument() {
        long id = invoices.insert(Documents.invoice(0, "INV-1", "100.00", LocalDate.of(2026, 11, 10)));
        AccountingExports target = target(Roles.finance());

        AccountingExport first = target.export(ExportFormat.JOURNAL_CSV, NOVEMBER, Locale.ENGLISH);
        AccountingExport second = target.preview(ExportFormat.JOURNAL_XLSX, NOVEMBER, Locale.ENGLISH);

        assertFalse(first.documents().get(0).exportedBefore().isPresent());
        assertEquals(id, second.documents().get(0).invoiceId());
        assertEquals(clock.instant(), second.documents().get(0).exportedBefore().orElseThrow());
        assertEquals(1, second.reExported());
        assertEquals(List.of(first.recordId()), target.history(0, 10).items().stream().map(ExportRecord::id).toList());
        assertEquals("fin", target.history(0, 10).items().get(0).by());
    }

    @Test
    public void datevExportBeforeTheNumbersAreSet_shouldBeRefusedAndRecordNothing() {
        invoices.insert(Documents.invoice(0, "INV-1", "100.00", LocalDate.of(2026, 11, 10)));
        AccountingExports target = target(Roles.finance());

        assertEquals("consultantNumber", assertThrows(InvalidInputException.class,
                () -> target.export(ExportFormat.DATEV, NOVEMBER, Locale.GERMAN)).field());
        assertEquals(0, target.history(0, 10).total());
    }

    @Test
    public void datevPeriodAcrossTheFiscalYearsEnd_shouldBeRefusedNamingTo() {
        AccountingExports target = target(Roles.finance());
        target.updateSettings(AccountingSettings.defaults().withNumbers(29098, 55003));

        assertEquals("to", assertThrows(InvalidInputException.class, () -> target.preview(ExportFormat.DATEV,
                new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)), Locale.GERMAN)).field());
    }

    @Test
    public void draft_shouldNotBeExported() {
        Invoice issued = Documents.invoice(0, "INV-1", "100.00", LocalDate.of(2026, 11, 10));
        invoices.insert(Invoice.draft(issued.header(), issued.totals().taxPercent()).withLines(issued.lines()));

        assertEquals(List.of(), target(Roles.finance()).preview(ExportFormat.JOURNAL_CSV, NOVEMBER, Locale.ENGLISH).documents());
    }

    private AccountingExports target(AccessPolicy access) {
        return new AccountingExports(new AoAccountingSettings(database.activeObjects()), new AoExportRecords(database.activeObjects()),
                new AoIssuedDocuments(database.activeObjects()), invoices, new AoSettings(database.activeObjects(), () -> ZoneOffset.UTC), access, audit,
                new AoTransactions(database.activeObjects()), clock);
    }
}

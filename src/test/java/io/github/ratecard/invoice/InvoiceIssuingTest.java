package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/**
 * Issuing on a real database: gap-free numbers by the numbering finance sets, linking and locking
 * the worklogs in one transaction, the immutability of issued invoices, voiding and crediting.
 */
public class InvoiceIssuingTest {

    private static final LocalDate ISSUE_DAY = LocalDate.parse("2026-11-05");

    private final InvoiceKit kit = new InvoiceKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void exchangeRatePuttingTheTotalBeyondTheLimit_shouldBeRefusedAndTheDraftStayADraft() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> kit.issuing.issue(draft.id(), ISSUE_DAY, new java.math.BigDecimal("1E+30"), "fiona"));

        assertEquals("exchangeRate", refused.field());
        assertEquals(InvoiceStatus.DRAFT, kit.invoices.require(draft.id()).status());
    }

    @Test
    public void issuing_shouldNumberTheInvoiceLockItsWorkAndLeaveTheNextDraftWithoutIt() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        Invoice issued = kit.issuing.issue(draft.id(), ISSUE_DAY, null, "fiona");

        assertEquals("ACME-2026-0001", issued.number().orElseThrow());
        assertEquals(InvoiceStatus.ISSUED, kit.invoices.require(draft.id()).status());
        assertEquals(Set.of(1L), kit.invoiced.of(List.of(1L)).keySet());
        assertTrue(kit.budget.ledger.storedAll(List.of(1L)).get(1L).entry().orElseThrow().invoiced());
        kit.log(2, 2, "2026-10-06T09:00:00Z", 3600);
        Invoice next = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");
        assertEquals("ACME-2026-0002", next.number().orElseThrow());
        assertEquals(List.of("ACME-2 Summary of ACME-2"), next.lines().stream().map(InvoiceLine::text).toList());
    }

    @Test
    public void draftWithNothingToInvoice_shouldBeRefusedWithoutUsingANumber() {
        Invoice empty = kit.draft("2026-10-01", "2026-10-31");
        kit.issuingStatements.clear();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> kit.issuing.issue(empty.id(), ISSUE_DAY, null, "fiona"));

        assertEquals("There is nothing to invoice", refused.getMessage());
        assertEquals(InvoiceStatus.DRAFT, kit.invoices.require(empty.id()).status());
        assertEquals("the number sequence was not touched", List.of(),
                kit.issuingStatements.stream().filter(sql -> sql.contains("RC_INV_SEQ")).toList());
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        assertEquals("ACME-2026-0001", kit.issuing.issue(empty.id(), ISSUE_DAY, null, "fiona").number().orElseThrow());
    }

    @Test
    public void numberingFinanceSets_shouldNumberTheNextInvoicesAndBeAudited() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        kit.log(2, 2, "2027-01-05T09:00:00Z", 3600);
        kit.numbers.changeNumbering(kit.numbers.numbering().with("INV-{prefix}-{seq:5}", null));

        Invoice october = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");
        Invoice january = kit.issuing.issue(kit.draft("2027-01-01", "2027-01-31").id(), LocalDate.parse("2027-02-01"), null, "fiona");

        assertEquals("INV-ACME-00001", october.number().orElseThrow());
        assertEquals("INV-ACME-00002", january.number().orElseThrow()); // no year in the pattern: the sequence goes on
        assertTrue(kit.rateCard.audit.recent("settings", 1).get(0).afterJson().contains("INV-{prefix}-{seq:5}"));
    }

    @Test
    public void patternThatMeetsIssuedNumbers_shouldPassOverThemAndNeverGiveANumberTwice() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        kit.log(2, 2, "2026-10-06T09:00:00Z", 3600);
        Invoice first = kit.issuing.issue(kit.draft("2026-10-05", "2026-10-05").id(), ISSUE_DAY, null, "fiona");
        kit.numbers.changeNumbering(kit.numbers.numbering().with("{prefix}-2026-{seq:4}", null));

        Invoice second = kit.issuing.issue(kit.draft("2026-10-06", "2026-10-06").id(), ISSUE_DAY, null, "fiona");

        assertEquals("ACME-2026-0001", first.number().orElseThrow());
        assertEquals("ACME-2026-0002", second.number().orElseThrow());
    }

    @Test
    public void prefixDifferingOnlyInCase_shouldNeverGiveANumberThatDiffersOnlyInCase() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        kit.log(2, 2, "2026-10-06T09:00:00Z", 3600);
        Invoice first = kit.issuing.issue(kit.draft("2026-10-05", "2026-10-05").id(), ISSUE_DAY, null, "fiona");
        ClientAccount acme = kit.rateCard.accountService.account("ACME");
        kit.rateCard.accountService.update("ACME", new ClientAccount(acme.key(), acme.name(), acme.customerName(), acme.currency(), acme.category(),
                acme.status(), acme.billedTime(), acme.taxRatePercent(), "acme"));

        Invoice second = kit.issuing.issue(kit.draft("2026-10-06", "2026-10-06").id(), ISSUE_DAY, null, "fiona");

        assertEquals("ACME-2026-0001", first.number().orElseThrow());
        assertEquals("acme-2026-0002", second.number().orElseThrow());
    }

    @Test
    public void issuedInvoice_shouldNeverChange() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice issued = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");

        assertThrows(ConflictException.class, () -> kit.drafts.exclude(issued.id(), List.of(1L), List.of()));
        assertThrows(ConflictException.class, () -> kit.drafts.changeLineText(issued.id(), issued.lines().get(0).groupKey(), "Other"));
        assertThrows(ConflictException.class, () -> kit.issuing.issue(issued.id(), ISSUE_DAY, null, "fiona"));
        assertThrows(ConflictException.class, () -> kit.drafts.deleteDraft(issued.id()));
        assertEquals(issued.lines(), kit.invoices.require(issued.id()).lines());
    }

    @Test
    public void workWithoutABillRate_shouldBlockIssuingAndChangeNothing() {
        kit.log(1, 1, "2023-06-05T09:00:00Z", 3600);
        Invoice draft = kit.draft("2023-06-01", "2023-06-30");

        ConflictException refused = assertThrows(ConflictException.class, () -> kit.issuing.issue(draft.id(), ISSUE_DAY, null, "fiona"));

        assertTrue(refused.getMessage(), refused.getMessage().contains("miss a bill rate"));
        assertEquals(InvoiceStatus.DRAFT, kit.invoices.require(draft.id()).status());
        assertEquals(Set.of(), kit.invoiced.of(List.of(1L)).keySet());
    }

    @Test
    public void failureWhileIssuing_shouldUseNoNumberAndLinkNoWork() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");
        kit.failNextMarkInvoiced.set(true);

        assertThrows(IllegalStateException.class, () -> kit.issuing.issue(draft.id(), ISSUE_DAY, null, "fiona"));

        assertEquals(InvoiceStatus.DRAFT, kit.invoices.require(draft.id()).status());
        assertEquals(Set.of(), kit.invoiced.of(List.of(1L)).keySet());
        assertEquals("ACME-2026-0001", kit.issuing.issue(draft.id(), ISSUE_DAY, null, "fiona").number().orElseThrow());
    }

    @Test
    public void voidedInvoice_shouldKeepItsNumberAndReleaseItsWorkForOneLaterInvoice() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice first = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");

        Invoice voided = kit.issuing.voidInvoice(first.id(), "Wrong client contact", "fiona");
        Invoice again = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");

        assertEquals("ACME-2026-0001", voided.number().orElseThrow());
        assertEquals(InvoiceStatus.VOID, voided.status());
        assertEquals("ACME-2026-0002", again.number().orElseThrow());
        assertEquals(again.id(), kit.invoiced.of(List.of(1L)).get(1L).invoiceId());
        assertEquals(Money.parse("60.00", "EUR"), again.totals().subtotal());
    }

    @Test
    public void creditNote_shouldTakeBackTheChosenLinesUnderItsOwnSequenceOnce() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        kit.log(2, 2, "2026-10-06T09:00:00Z", 1800);
        Invoice issued = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");

        Invoice note = kit.issuing.credit(issued.id(), List.of(issued.lines().get(1).groupKey()), "Half an hour was training", ISSUE_DAY, "fiona");

        assertEquals(InvoiceKind.CREDIT_NOTE, note.kind());
        assertEquals("CN-ACME-2026-0001", note.number().orElseThrow());
        assertEquals(issued.id(), note.header().creditOf().orElseThrow().invoiceId());
        assertEquals(Money.parse("-35.70", "EUR"), note.totals().total());
        assertThrows(io.github.ratecard.domain.InvalidInputException.class,
                () -> kit.issuing.credit(issued.id(), List.of(issued.lines().get(1).groupKey()), "Again", ISSUE_DAY, "fiona"));
        assertEquals("CN-ACME-2026-0002", kit.issuing.credit(issued.id(), null, "The rest", ISSUE_DAY, "fiona").number().orElseThrow());
    }
}

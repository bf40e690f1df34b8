package io.github.ratecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.budget.DateRange;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceFilter;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/**
 * An invoice's life on a real database: drafting by issue with one rounding per line, leaving work
 * out, refreshing, issuing under gap-free numbers while linking and locking the worklogs, the
 * immutability of issued invoices, voiding, crediting, and adjustments for work changed after it
 * was invoiced.
 */
public class InvoiceServiceTest {

    private static final LocalDate ISSUE_DAY = LocalDate.parse("2026-11-05");

    private final InvoiceKit kit = new InvoiceKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void draft_shouldBillEachIssuesHoursAtItsRateRoundedOncePerLine() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 20 * 60);
        kit.log(2, 1, "2026-10-06T09:00:00Z", 20 * 60);
        kit.log(3, 2, "2026-10-07T09:00:00Z", 50 * 60);

        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        assertEquals(2, draft.lines().size());
        InvoiceLine first = draft.lines().get(0);
        assertEquals("ACME-1 Summary of ACME-1", first.text());
        assertEquals(60 * 60, first.seconds());
        assertEquals(Money.parse("60.00", "EUR"), first.amount());
        assertEquals(Money.parse("60.00", "EUR"), draft.lines().get(1).amount());
        assertEquals(Money.parse("120.00", "EUR"), draft.totals().subtotal());
        assertEquals(Money.parse("22.80", "EUR"), draft.totals().tax());
        assertEquals(Money.parse("142.80", "EUR"), draft.totals().total());
    }

    @Test
    public void excludedWork_shouldStayOutWhenTheDraftIsRefreshedWhileNewWorkComesIn() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        kit.log(2, 2, "2026-10-06T09:00:00Z", 3600);
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        kit.drafts.exclude(draft.id(), List.of(2L), List.of());
        kit.log(3, 3, "2026-10-07T09:00:00Z", 3600);
        Invoice refreshed = kit.drafts.refresh(draft.id());

        assertEquals(List.of("ACME-1 Summary of ACME-1", "ACME-3 Summary of ACME-3"), refreshed.lines().stream().map(InvoiceLine::text).toList());
    }

    @Test
    public void draftNarrowedByJql_shouldBillTheMatchingIssuesOnlyAsSeenByItsCreator() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        kit.log(2, 2, "2026-10-06T09:00:00Z", 3600);
        Invoice draft = kit.drafts.draft("ACME", october(), LineGrouping.ISSUE, List.of(), "key in (ACME-1, ACME-3)", "fiona");
        kit.log(3, 3, "2026-10-07T09:00:00Z", 3600);

        Invoice refreshed = kit.drafts.refresh(draft.id());

        assertEquals(List.of("ACME-1 Summary of ACME-1"), draft.lines().stream().map(InvoiceLine::text).toList());
        assertEquals(List.of("ACME-1 Summary of ACME-1", "ACME-3 Summary of ACME-3"), refreshed.lines().stream().map(InvoiceLine::text).toList());
        assertEquals("key in (ACME-1, ACME-3)", kit.invoices.require(draft.id()).header().jql());
        assertEquals(false, kit.searches.isEmpty());
        assertTrue(kit.searches.stream().allMatch(search -> search.equals("fiona: key in (ACME-1, ACME-3)")));
    }

    @Test
    public void jqlJiraRefuses_shouldRefuseTheDraftAndKeepNothing() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> kit.drafts.draft("ACME", october(), LineGrouping.ISSUE, List.of(), "colour = red", "fiona"));

        assertEquals("jql", refused.field());
        assertEquals(0, kit.invoices.list(InvoiceFilter.any(), 0, 1).total());
    }

    @Test
    public void manualLineBeyondTheAmountLimit_shouldBeRefusedAndTheDraftUnchanged() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice draft = kit.draft("2026-10-01", "2026-10-31");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> kit.drafts.addManualLine(draft.id(), "Setup", Money.ofMinor(100_000_000_000_000L + 1, "EUR")));

        assertEquals("amount", refused.field());
        assertEquals(draft.lines(), kit.invoices.require(draft.id()).lines());
        assertEquals(LineKind.MANUAL, kit.drafts.addManualLine(draft.id(), "Largest discount",
                Money.ofMinor(-100_000_000_000_000L, "EUR")).lines().stream().map(InvoiceLine::kind)
                .filter(kind -> kind == LineKind.MANUAL).findFirst().orElseThrow());
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

    @Test
    public void workEditedAfterInvoicing_shouldBecomeExactlyOneAdjustmentOnTheNextDraft() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice issued = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");

        kit.log(1, 1, "2026-10-05T09:00:00Z", 5400, Instant.parse("2026-11-10T10:00:00Z"));
        kit.log(1, 1, "2026-10-05T09:00:00Z", 5400, Instant.parse("2026-11-10T10:00:00Z"));
        Invoice next = kit.draft("2026-11-01", "2026-11-30");

        List<InvoiceLine> adjustments = next.lines().stream().filter(line -> line.kind() == LineKind.ADJUSTMENT).toList();
        assertEquals(1, adjustments.size());
        assertEquals(Money.parse("30.00", "EUR"), adjustments.get(0).amount());
        assertTrue(adjustments.get(0).text().contains(issued.number().orElseThrow()));
        assertEquals(Money.parse("60.00", "EUR"), kit.invoices.require(issued.id()).totals().subtotal());
    }

    @Test
    public void billedAdjustment_shouldCountAsBilledForTheNextChange() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");
        kit.log(1, 1, "2026-10-05T09:00:00Z", 5400, Instant.parse("2026-11-10T10:00:00Z"));
        kit.issuing.issue(kit.draft("2026-11-01", "2026-11-30").id(), ISSUE_DAY.plusMonths(1), null, "fiona");

        kit.delete(1, Instant.parse("2026-12-10T10:00:00Z"));
        Invoice next = kit.draft("2026-12-01", "2026-12-31");

        assertEquals(Money.parse("-90.00", "EUR"), next.lines().get(0).amount());
        assertTrue(next.lines().get(0).text().contains("deleted"));
    }

    @Test
    public void billableExpense_shouldBeBilledOnceWithItsMarkup() {
        kit.budget.expenses.record(new io.github.ratecard.budget.Expense(0, LocalDate.parse("2026-10-09"), BudgetKit.ACME,
                io.github.ratecard.budget.ExpenseCategory.TRAVEL, Money.parse("200.00", "EUR"), true, new java.math.BigDecimal("10"), "Train to Lyon"));
        kit.budget.expenses.record(new io.github.ratecard.budget.Expense(0, LocalDate.parse("2026-10-09"), BudgetKit.ACME,
                io.github.ratecard.budget.ExpenseCategory.SOFTWARE, Money.parse("99.00", "EUR"), false, null, "Internal tool"));

        Invoice issued = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");
        Invoice next = kit.draft("2026-10-01", "2026-10-31");

        assertEquals(1, issued.lines().size());
        assertEquals(LineKind.EXPENSE, issued.lines().get(0).kind());
        assertEquals(Money.parse("220.00", "EUR"), issued.lines().get(0).amount());
        assertEquals(List.of(), next.lines());
    }

    @Test
    public void repricingAfterARateChange_shouldLeaveInvoicedWorkWithoutAdjustment() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");

        kit.keeper.reprice(kit.budget.ledger.allEntriesOfIssue(1));

        assertNull(kit.adjustments.pendingOf(1).orElse(null));
    }

    private static DateRange october() {
        return new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));
    }
}

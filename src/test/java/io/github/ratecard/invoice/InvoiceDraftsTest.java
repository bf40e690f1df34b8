package io.github.ratecard.invoice;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.InvoiceKit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/**
 * Drafts on a real database: billing by issue with one rounding per line, leaving work out,
 * refreshing, narrowing by JQL, lines of finance's own, expenses, and adjustments for work changed
 * after it was invoiced.
 */
public class InvoiceDraftsTest {

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
    public void workEditedAfterInvoicing_shouldBecomeExactlyOneAdjustmentOnTheNextDraft() {
        kit.log(1, 1, "2026-10-05T09:00:00Z", 3600);
        Invoice issued = kit.issuing.issue(kit.draft("2026-10-01", "2026-10-31").id(), ISSUE_DAY, null, "fiona");

        kit.log(1, 1, "2026-10-05T09:00:00Z", 5400, Instant.parse("2026-11-10T10:00:00Z"));
        kit.log(1, 1, "2026-10-05T09:00:00Z", 5400, Instant.parse("2026-11-10T10:00:00Z"));
        Invoice next = kit.draft("2026-11-01", "2026-11-30");

        List<InvoiceLine> adjustments = next.lines().stream().filter(line -> line.kind() == LineKind.ADJUSTMENT).toList();
        assertEquals(1, adjustments.size());
        assertEquals(Money.parse("30.00", "EUR"), adjustments.get(0).amount());
        assertEquals(Optional.of(new AdjustedWorklog(1)), adjustments.get(0).adjusts());
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

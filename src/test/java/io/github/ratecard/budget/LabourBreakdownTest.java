package io.github.ratecard.budget;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.ledger.WorkSlice;
import io.github.ratecard.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Where a budget's labour went: groups largest first, with their part of the whole, and work in another currency kept apart. */
public class LabourBreakdownTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Map<Long, IssueFacts> ISSUES = Map.of(
            1L, new IssueFacts(1, "ACME-1", "Epic", "ACME-1"),
            2L, new IssueFacts(2, "ACME-2", "Story", "ACME-1"),
            3L, new IssueFacts(3, "ACME-3", "Loose end", null));
    private static final LabourBreakdown.Names NAMES = new LabourBreakdown.Names(user -> "Name of " + user,
            user -> user.equals("ann") ? "Agent L2" : null, account -> "Account " + account, ISSUES);

    @Test
    public void costBudget_shouldGroupCostByUserLevelAccountAndEpic() {
        LabourBreakdown target = LabourBreakdown.of(budget(Budget.Measure.COST), EUR, List.of(
                slice(1, "ann", "ACME", 3600, 6000, 9000, "EUR"),
                slice(2, "bob", "ACME", 1800, 3000, 4500, "EUR"),
                slice(3, "ann", null, 3600, 1000, 0, null)), NAMES);

        assertEquals(Money.ofMinor(10000, EUR), target.total());
        assertEquals("ann", target.byUser().get(0).key());
        assertEquals("Name of ann", target.byUser().get(0).label());
        assertEquals(Money.ofMinor(7000, EUR), target.byUser().get(0).amount());
        assertEquals("70.0", target.byUser().get(0).percent().toPlainString());
        assertEquals("Agent L2", target.byLevel().get(0).key());
        assertEquals(LabourBreakdown.NONE, target.byLevel().get(1).key());
        assertEquals("Account ACME", target.byAccount().get(0).label());
        assertEquals(Money.ofMinor(9000, EUR), target.byEpic().get(0).amount());
        assertEquals("ACME-1 Epic", target.byEpic().get(0).label());
        assertEquals(List.of("ACME-1", "ACME-2", "ACME-3"), target.topIssues().stream().map(Share::key).toList());
    }

    @Test
    public void billingBudget_shouldCountBillInItsCurrencyAndSetOtherCurrenciesApart() {
        LabourBreakdown target = LabourBreakdown.of(budget(Budget.Measure.BILLABLE), EUR, List.of(
                slice(1, "ann", "ACME", 3600, 6000, 9000, "EUR"),
                slice(2, "bob", "GLOBEX", 3600, 6000, 12000, "USD")), NAMES);

        assertEquals(Money.ofMinor(9000, EUR), target.total());
        assertEquals(1, target.otherCurrencySlices());
        assertEquals(1, target.byUser().size());
    }

    @Test
    public void noWork_shouldBreakDownToNothing() {
        LabourBreakdown target = LabourBreakdown.of(budget(Budget.Measure.COST), EUR, List.of(), NAMES);

        assertEquals(Money.zero(EUR), target.total());
        assertEquals(List.of(), target.byUser());
        assertEquals(List.of(), target.topIssues());
    }

    @Test
    public void topIssues_shouldBeTheFiveLargest() {
        List<WorkSlice> slices = new java.util.ArrayList<>();
        for (long issue = 10; issue < 17; issue++) {
            slices.add(slice(issue, "ann", "ACME", 3600, issue * 100, 0, null));
        }

        LabourBreakdown target = LabourBreakdown.of(budget(Budget.Measure.COST), EUR, slices, NAMES);

        assertEquals(LabourBreakdown.TOP_ISSUES, target.topIssues().size());
        assertEquals("#16", target.topIssues().get(0).key());
    }

    private static Budget budget(Budget.Measure measure) {
        return new Budget(1, new BudgetScope(BudgetScope.Kind.PROJECT, "ACME"), measure, Money.ofMinor(100000, EUR), null, PeriodKind.TOTAL,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), null, "lead");
    }

    private static WorkSlice slice(long issue, String author, String account, long seconds, long costMinor, long billMinor, String currency) {
        return new WorkSlice(issue, author, account, currency, seconds, seconds, costMinor, billMinor, 1, 0);
    }
}

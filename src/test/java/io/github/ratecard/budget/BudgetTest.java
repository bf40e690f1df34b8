package io.github.ratecard.budget;

import static io.github.ratecard.budget.BudgetPeriodsTest.range;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** What a budget accepts, and which budgets would count the same spending twice. */
public class BudgetTest {

    private static final BudgetScope ACME = new BudgetScope(BudgetScope.Kind.PROJECT, "ACME");

    @Test
    public void budget_shouldNeedAnAmountOrHours() {
        assertEquals("amount", assertThrows(InvalidInputException.class,
                () -> new Budget(1, ACME, Budget.Measure.COST, null, null, PeriodKind.TOTAL, range("2026-01-01", "2026-12-31"), null, "lead"))
                .field());
    }

    @Test
    public void budget_shouldRefuseZeroAmountsAndThresholdsOutOfRange() {
        assertEquals("amount", assertThrows(InvalidInputException.class, () -> budget(Money.parse("0", "EUR"), List.of())).field());
        assertEquals("thresholds", assertThrows(InvalidInputException.class, () -> budget(Money.parse("10", "EUR"), List.of(0))).field());
    }

    @Test
    public void thresholds_shouldDefaultTo80And100AndBeSorted() {
        assertEquals(List.of(80, 100), budget(Money.parse("10", "EUR"), List.of()).thresholds());
        assertEquals(List.of(50, 90, 110), budget(Money.parse("10", "EUR"), List.of(110, 50, 90, 50)).thresholds());
    }

    @Test
    public void overlappingBudgetsOfTheSameKind_shouldClash() {
        Budget yearly = new Budget(1, ACME, Budget.Measure.COST, Money.parse("1000", "EUR"), null, PeriodKind.YEAR,
                range("2026-01-01", "2026-12-31"), null, "lead");
        Budget secondYearly = new Budget(2, ACME, Budget.Measure.COST, Money.parse("900", "EUR"), null, PeriodKind.YEAR,
                range("2026-06-01", "2027-05-31"), null, "lead");
        Budget monthly = new Budget(3, ACME, Budget.Measure.COST, Money.parse("90", "EUR"), null, PeriodKind.MONTH,
                range("2026-01-01", "2026-12-31"), null, "lead");
        Budget billing = new Budget(4, ACME, Budget.Measure.BILLABLE, Money.parse("2000", "EUR"), null, PeriodKind.YEAR,
                range("2026-01-01", "2026-12-31"), null, "lead");

        assertTrue(yearly.clashesWith(secondYearly));
        assertFalse("a yearly and monthly budgets may sit side by side", yearly.clashesWith(monthly));
        assertFalse(yearly.clashesWith(billing));
    }

    @Test
    public void phasedBudget_shouldRefuseMonthsThatDoNotAddUpToItsAmount() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> phased("1000", Map.of(
                LocalDate.parse("2026-01-01"), Money.parse("600", "EUR"), LocalDate.parse("2026-02-01"), Money.parse("300", "EUR"))));

        assertEquals("periodAmounts", refused.field());
        assertTrue(refused.getMessage(), refused.getMessage().contains("900.00"));
    }

    @Test
    public void phasedBudget_shouldRefuseAmountsThatDoNotStartAMonthOfItsRange() {
        assertEquals("periodAmounts", assertThrows(InvalidInputException.class,
                () -> phased("100", Map.of(LocalDate.parse("2026-01-15"), Money.parse("100", "EUR")))).field());
        assertEquals("periodAmounts", assertThrows(InvalidInputException.class,
                () -> phased("100", Map.of(LocalDate.parse("2027-01-01"), Money.parse("100", "EUR")))).field());
    }

    @Test
    public void amountsPerPeriod_shouldBeInTheBudgetsCurrencyAndAboveZero() {
        assertEquals("periodAmounts", assertThrows(InvalidInputException.class,
                () -> phased("100", Map.of(LocalDate.parse("2026-01-01"), Money.parse("100", "USD")))).field());
        assertEquals("periodAmounts", assertThrows(InvalidInputException.class, () -> new Budget(1, ACME, Budget.Measure.COST,
                Money.parse("100", "EUR"), null, PeriodKind.MONTH, range("2026-01-01", "2026-12-31"), null, "lead",
                Map.of(LocalDate.parse("2026-03-01"), Money.parse("0", "EUR")))).field());
    }

    @Test
    public void periodWithoutItsOwnAmount_shouldHaveTheBudgetsAmount() {
        Budget monthly = new Budget(1, ACME, Budget.Measure.COST, Money.parse("100", "EUR"), null, PeriodKind.MONTH,
                range("2026-01-01", "2026-12-31"), null, "lead", Map.of(LocalDate.parse("2026-03-01"), Money.parse("250", "EUR")));

        assertEquals(Money.parse("250", "EUR"), monthly.amountIn(range("2026-03-01", "2026-03-31")));
        assertEquals(Money.parse("100", "EUR"), monthly.amountIn(range("2026-04-01", "2026-04-30")));
    }

    @Test
    public void changingAnAmountPerPeriod_shouldChangeTheBudgetsVersion() {
        Budget before = phased("100", Map.of(LocalDate.parse("2026-01-01"), Money.parse("100", "EUR")));
        Budget after = phased("100", Map.of(LocalDate.parse("2026-01-01"), Money.parse("40", "EUR"),
                LocalDate.parse("2026-02-01"), Money.parse("60", "EUR")));

        assertFalse(before.version().equals(after.version()));
    }

    private static Budget phased(String amount, Map<LocalDate, Money> months) {
        return new Budget(1, ACME, Budget.Measure.COST, Money.parse(amount, "EUR"), null, PeriodKind.TOTAL, range("2026-01-01", "2026-12-31"),
                null, "lead", months);
    }

    private static Budget budget(Money amount, List<Integer> thresholds) {
        return new Budget(1, ACME, Budget.Measure.COST, amount, null, PeriodKind.TOTAL, range("2026-01-01", "2026-12-31"), thresholds, "lead");
    }
}

package io.github.ratecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetCalculator;
import io.github.ratecard.budget.ConfiguredFiscalYear;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.kits.BudgetKit;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import org.junit.After;
import org.junit.Test;

/** The fiscal year finance sets: budgets per quarter or year follow it at once, unless their periods hold amounts of their own. */
public class FiscalYearServiceTest {

    private final BudgetKit kit = new BudgetKit();
    private final FiscalYearService target = new FiscalYearService(kit.rateCard.settings, kit.budgetStore, kit.rateCard.audit,
            kit.rateCard.transactions);
    private final BudgetCalculator calculator = new BudgetCalculator(new ConfiguredFiscalYear(kit.rateCard.settings), 4);

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void fiscalYear_shouldBeTheCalendarYearUntilFinanceSetsIt() {
        assertEquals(Month.JANUARY, target.current());
        assertEquals(range("2026-01-01", "2026-12-31"), calculator.periodAt(yearly(), LocalDate.parse("2026-05-10")));
    }

    @Test
    public void change_shouldMoveYearlyBudgetsToTheNewYearAndBeAudited() {
        Budget yearly = kit.budgets.create(yearly());

        target.change(Month.APRIL);

        assertEquals(range("2026-04-01", "2027-03-31"), calculator.periodAt(yearly, LocalDate.parse("2026-05-10")));
        assertEquals(range("2026-01-01", "2026-03-31"), calculator.periodAt(yearly, LocalDate.parse("2026-02-10")));
        String after = kit.rateCard.audit.recent("settings", 1).get(0).afterJson();
        assertTrue(after, after.contains("\"fiscalYearStart\":\"APRIL\""));
    }

    @Test
    public void change_shouldBeRefusedWhileAQuarterHasAnAmountOfItsOwn() {
        kit.budgets.create(new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse("3000", "EUR"), null, PeriodKind.QUARTER,
                range("2026-01-01", "2026-12-31"), null, "lead", Map.of(LocalDate.parse("2026-10-01"), Money.parse("5000", "EUR"))));

        ConflictException refused = assertThrows(ConflictException.class, () -> target.change(Month.JULY));

        assertEquals("fiscalYearStart", refused.field());
        assertEquals(Month.JANUARY, kit.rateCard.settings.fiscalYearStart());
    }

    @Test
    public void quarterlyAmounts_shouldNameTheFirstDaysOfTheFiscalQuarters() {
        target.change(Month.FEBRUARY);
        BudgetService budgets = new BudgetService(kit.budgetStore, kit.rateCard.audit, kit.rateCard.transactions,
                new ConfiguredFiscalYear(kit.rateCard.settings), kit.rateCard.users);

        assertThrows(io.github.ratecard.domain.InvalidInputException.class, () -> budgets.create(quarterlyWithOwnAmountFrom("2026-04-01")));
        assertEquals(LocalDate.parse("2026-05-01"), budgets.create(quarterlyWithOwnAmountFrom("2026-05-01")).periodAmounts().keySet()
                .iterator().next());
    }

    private static Budget yearly() {
        return new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse("12000", "EUR"), null, PeriodKind.YEAR,
                range("2026-01-01", "2027-12-31"), null, "lead");
    }

    private static Budget quarterlyWithOwnAmountFrom(String day) {
        return new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse("3000", "EUR"), null, PeriodKind.QUARTER,
                range("2026-02-01", "2027-01-31"), null, "lead", Map.of(LocalDate.parse(day), Money.parse("5000", "EUR")));
    }

    private static DateRange range(String first, String last) {
        return new DateRange(LocalDate.parse(first), LocalDate.parse(last));
    }
}

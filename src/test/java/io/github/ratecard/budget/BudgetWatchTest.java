package io.github.ratecard.budget;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.kits.BudgetKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Test;

/**
 * Budget alerts on a real database: raised once per budget version, threshold and period, mailed
 * once per check to the owner and the project's lead, raised again only in a new period or after
 * the budget was changed.
 */
public class BudgetWatchTest {

    private static final LocalDate NOV_10 = LocalDate.parse("2026-11-10");

    private final BudgetKit kit = new BudgetKit();

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void crossingAThreshold_shouldRaiseOneAlertAndMailTheOwnerAndTheLead() {
        Budget budget = monthly("1000.00");
        kit.spend("2026-11-05", "850.00");

        List<BudgetAlert> raised = kit.watch.check(NOV_10);

        assertEquals(1, raised.size());
        assertEquals(80, raised.get(0).threshold());
        assertEquals(new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")), raised.get(0).period());
        assertEquals(1, kit.mails.size());
        assertEquals(Set.of("ana", "lead"), kit.mails.get(0).recipients());
        assertEquals(budget.id(), kit.mails.get(0).budget().id());
    }

    @Test
    public void spendingExactlyAtAThreshold_shouldCrossIt() {
        monthly("1000.00");
        kit.spend("2026-11-05", "800.00");

        assertEquals(List.of(80), thresholds(kit.watch.check(NOV_10)));
    }

    @Test
    public void checkingAgain_shouldNotRaiseTheSameAlertTwice() {
        monthly("1000.00");
        kit.spend("2026-11-05", "850.00");
        kit.watch.check(NOV_10);

        assertEquals(List.of(), kit.watch.check(NOV_10.plusDays(1)));
        assertEquals(1, kit.mails.size());
    }

    @Test
    public void droppingBelowAndCrossingAgainInTheSamePeriod_shouldNotAlertAgain() {
        monthly("1000.00");
        kit.spend("2026-11-05", "850.00");
        kit.watch.check(NOV_10);
        kit.spend("2026-11-05", "-100.00");
        kit.watch.check(NOV_10);

        kit.spend("2026-11-11", "100.00");

        assertEquals(List.of(), kit.watch.check(NOV_10.plusDays(1)));
    }

    @Test
    public void changedBudget_shouldAlertAgainWhenItIsCrossed() {
        Budget budget = monthly("1000.00");
        kit.spend("2026-11-05", "850.00");
        kit.watch.check(NOV_10);

        kit.budgets.update(new Budget(budget.id(), budget.scope(), budget.measure(), Money.parse("1050.00", "EUR"), null, budget.period(),
                budget.range(), null, "ana"));

        assertEquals(List.of(80), thresholds(kit.watch.check(NOV_10)));
        assertEquals(2, kit.mails.size());
    }

    @Test
    public void crossingInTheNextPeriod_shouldAlertAgain() {
        monthly("1000.00");
        kit.spend("2026-11-05", "850.00");
        kit.watch.check(NOV_10);
        kit.spend("2026-12-02", "900.00");

        List<BudgetAlert> december = kit.watch.check(LocalDate.parse("2026-12-03"));

        assertEquals(List.of(80), thresholds(december));
        assertEquals(LocalDate.parse("2026-12-01"), december.get(0).period().first());
    }

    @Test
    public void jumpingPastTwoThresholds_shouldRecordBothAndMailTheHigherOnce() {
        monthly("1000.00");
        kit.spend("2026-11-05", "1100.00");

        assertEquals(List.of(80, 100), thresholds(kit.watch.check(NOV_10)));
        assertEquals(1, kit.mails.size());
        assertEquals(100, kit.mails.get(0).alert().threshold());
    }

    @Test
    public void standingAlert_shouldBeTheHighestOfTheCurrentVersionAndPeriod() {
        Budget budget = monthly("1000.00");
        kit.spend("2026-11-05", "1100.00");
        kit.watch.check(NOV_10);

        assertEquals(100, kit.watch.standingAlerts(List.of(budget), NOV_10).get(budget.id()).threshold());
        assertEquals(null, kit.watch.standingAlerts(List.of(budget), LocalDate.parse("2026-12-01")).get(budget.id()));
    }

    @Test
    public void budgetUnderItsThresholds_shouldRaiseNothing() {
        monthly("1000.00");
        kit.spend("2026-11-05", "799.99");

        assertEquals(List.of(), kit.watch.check(NOV_10));
        assertEquals(List.of(), kit.mails);
    }

    private Budget monthly(String amount) {
        return kit.budgets.create(new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse(amount, "EUR"), null, PeriodKind.MONTH,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), null, "ana"));
    }

    private static List<Integer> thresholds(List<BudgetAlert> alerts) {
        return alerts.stream().map(BudgetAlert::threshold).toList();
    }
}

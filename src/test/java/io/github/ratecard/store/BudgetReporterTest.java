package io.github.ratecard.store;

import static io.github.ratecard.store.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.budget.BottomUpForecast;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetReport;
import io.github.ratecard.budget.DateRange;
import io.github.ratecard.budget.EarnedValue;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.budget.RemainingWork;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A budget's report from the ledger's rollups on a real database: period boundaries (a quarter's
 * first day, a leap day), the bottom-up forecast with nothing left, with unassigned work and with
 * work no rate prices, and earned value from Jira's estimates.
 */
public class BudgetReporterTest {

    private final BudgetKit kit = new BudgetKit();

    @Before
    public void setUp() {
        kit.rateCard.accountService.create(account("ACME", "EUR"));
        kit.rateCard.accountService.link("ACME", "ACME", true);
        kit.rateCard.rateService.add(RateScope.user("ana"), HourlyRate.parse("40", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
    }

    @After
    public void tearDown() {
        kit.close();
    }

    @Test
    public void quarterlyBudget_shouldCountOnlyTheQuarterThatHoldsTheDay() {
        kit.spend("2026-03-31", "300.00");
        kit.spend("2026-04-01", "120.00");

        BudgetReport report = kit.reporter.report(budget(PeriodKind.QUARTER, "1000"), LocalDate.parse("2026-04-15"));

        assertEquals(Money.parse("120.00", "EUR"), report.money().orElseThrow().actual());
        assertEquals(new DateRange(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-30")), report.money().orElseThrow().period());
        assertEquals(List.of(Money.parse("300.00", "EUR"), Money.parse("120.00", "EUR")),
                report.periods().stream().map(BudgetReport.PeriodFigure::spent).toList());
    }

    @Test
    public void monthlyBudget_shouldCountALeapDayInFebruary() {
        Budget budget = new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse("1000", "EUR"), null, PeriodKind.MONTH,
                new DateRange(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31")), null, "ana");
        kit.spend("2028-02-29", "50.00");
        kit.spend("2028-03-01", "70.00");

        BudgetReport report = kit.reporter.report(budget, LocalDate.parse("2028-02-29"));

        assertEquals(Money.parse("50.00", "EUR"), report.money().orElseThrow().actual());
        assertEquals(29, report.money().orElseThrow().period().days());
    }

    @Test
    public void bottomUpWithNothingLeft_shouldForecastTheActual() {
        kit.spend("2026-04-01", "120.00");

        BottomUpForecast forecast = kit.reporter.report(budget(PeriodKind.TOTAL, "1000"), LocalDate.parse("2026-04-15")).bottomUp().orElseThrow();

        assertEquals(Money.parse("120.00", "EUR"), forecast.forecast());
        assertEquals(Money.parse("880.00", "EUR"), forecast.variance());
        assertTrue(forecast.isComplete());
    }

    @Test
    public void bottomUp_shouldPriceEstimatesAtTheAssigneesRateAndReportWhatNoRatePrices() {
        kit.issues.remaining = new RemainingWork(7200, 3 * 3600 + 2 * 3600, List.of(
                new RemainingWork.OpenIssue(1, "ACME-1", RateCardKit.ACME_PROJECT.id(), "ACME", "ana", 3 * 3600),
                new RemainingWork.OpenIssue(2, "ACME-2", RateCardKit.ACME_PROJECT.id(), "ACME", null, 2 * 3600)));

        BottomUpForecast forecast = kit.reporter.report(budget(PeriodKind.TOTAL, "1000"), LocalDate.parse("2026-04-15")).bottomUp().orElseThrow();

        assertEquals(Money.parse("120.00", "EUR"), forecast.remaining());
        assertEquals(3 * 3600, forecast.pricedSeconds());
        assertEquals(2 * 3600, forecast.unpricedSeconds());
        assertEquals(List.of("ACME-2"), forecast.unpricedIssues());
    }

    @Test
    public void unassignedEstimate_shouldBePricedAtTheGlobalRate() {
        kit.rateCard.rateService.add(RateScope.global(), HourlyRate.parse("25", "EUR"), EffectivePeriod.from(LocalDate.parse("2026-01-01")));
        kit.issues.remaining = new RemainingWork(0, 2 * 3600, List.of(
                new RemainingWork.OpenIssue(2, "ACME-2", RateCardKit.ACME_PROJECT.id(), "ACME", null, 2 * 3600)));

        BottomUpForecast forecast = kit.reporter.report(budget(PeriodKind.TOTAL, "1000"), LocalDate.parse("2026-04-15")).bottomUp().orElseThrow();

        assertEquals(Money.parse("50.00", "EUR"), forecast.remaining());
        assertTrue(forecast.isComplete());
    }

    @Test
    public void earnedValue_shouldFollowTheShareOfEstimatedWorkDone() {
        kit.spend("2026-04-01", "600.00");
        kit.issues.remaining = new RemainingWork(3 * 3600, 3600, List.of());

        EarnedValue earned = kit.reporter.report(budget(PeriodKind.TOTAL, "1000"), LocalDate.parse("2026-04-15")).earnedValue().orElseThrow();

        assertEquals(0, new BigDecimal("0.75").compareTo(earned.progress()));
        assertEquals(Money.parse("750.00", "EUR"), earned.earned());
        assertEquals(0, new BigDecimal("1.25").compareTo(earned.costPerformance().orElseThrow()));
    }

    private static Budget budget(PeriodKind period, String amount) {
        return new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse(amount, "EUR"), null, period,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), null, "ana");
    }
}

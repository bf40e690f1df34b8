package io.github.ratecard.budget;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.RateCardKit;
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

    @Test
    public void report_shouldBurnAQuarterByWeek() {
        kit.spend("2026-04-01", "120.00");

        BudgetReport report = kit.reporter.report(budget(PeriodKind.QUARTER, "1000"), LocalDate.parse("2026-04-15"));

        assertEquals(new DateRange(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-05")), report.burn().get(0).bucket());
        assertEquals(kit.reporter.burn(budget(PeriodKind.QUARTER, "1000"), LocalDate.parse("2026-04-15"), true), report.burn());
    }

    @Test
    public void report_shouldBurnAYearByMonth() {
        BudgetReport report = kit.reporter.report(budget(PeriodKind.YEAR, "1000"), LocalDate.parse("2026-04-15"));

        assertEquals(12, report.burn().size());
        assertEquals(new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")), report.burn().get(0).bucket());
    }

    @Test
    public void periods_shouldSetWhatWasSpentAgainstWhatWasAgreed() {
        kit.spend("2026-03-10", "300.00");

        BudgetReport.PeriodFigure march = kit.reporter.report(budget(PeriodKind.MONTH, "1000"), LocalDate.parse("2026-04-15")).periods().get(2);

        assertEquals(Money.parse("1000", "EUR"), march.agreed());
        assertEquals(0, new BigDecimal("30.0").compareTo(march.consumedPercent()));
    }

    @Test
    public void wholeRangeBudgetWithoutMonthlyAmounts_shouldAgreeNothingPerMonth() {
        kit.spend("2026-03-10", "300.00");

        BudgetReport.PeriodFigure march = kit.reporter.report(budget(PeriodKind.TOTAL, "1000"), LocalDate.parse("2026-04-15")).periods().get(2);

        assertEquals(Money.parse("300.00", "EUR"), march.spent());
        assertNull(march.agreed());
        assertNull(march.consumedPercent());
    }

    @Test
    public void hoursOnlyBudget_shouldHaveNoBurnAndNoMoneyPerPeriod() {
        Budget hours = new Budget(0, BudgetKit.ACME, Budget.Measure.COST, null, 100L, PeriodKind.MONTH,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), null, "ana");
        kit.spend("2026-04-01", "120.00");

        BudgetReport report = kit.reporter.report(hours, LocalDate.parse("2026-04-15"));

        assertTrue(report.burn().isEmpty());
        assertNull(report.periods().get(3).spent());
        assertEquals(3600, report.periods().get(3).seconds());
    }

    @Test
    public void bottomUpOfABillingBudget_shouldCountWorkThatBillsNothingAsPricedAtNothing() {
        ClientAccount internal = account("INTERNAL", "EUR");
        kit.rateCard.accountService.create(new ClientAccount(internal.key(), internal.name(), internal.customerName(), internal.currency(),
                AccountCategory.INTERNAL, internal.status(), internal.billedTime(), internal.taxRatePercent(), null));
        kit.rateCard.accountService.unlink("ACME", "ACME");
        kit.rateCard.accountService.link("ACME", "INTERNAL", true);
        kit.issues.remaining = new RemainingWork(0, 3 * 3600, List.of(
                new RemainingWork.OpenIssue(1, "ACME-1", RateCardKit.ACME_PROJECT.id(), "ACME", "ana", 3 * 3600)));
        Budget billing = new Budget(0, BudgetKit.ACME, Budget.Measure.BILLABLE, Money.parse("1000", "EUR"), null, PeriodKind.TOTAL,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), null, "ana");

        BottomUpForecast forecast = kit.reporter.report(billing, LocalDate.parse("2026-04-15")).bottomUp().orElseThrow();

        assertEquals(Money.parse("0.00", "EUR"), forecast.remaining());
        assertEquals(3 * 3600, forecast.pricedSeconds());
        assertTrue(forecast.isComplete());
    }

    private static Budget budget(PeriodKind period, String amount) {
        return new Budget(0, BudgetKit.ACME, Budget.Measure.COST, Money.parse(amount, "EUR"), null, period,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")), null, "ana");
    }
}

package io.github.ratecard.web;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.budget.BottomUpForecast;
import io.github.ratecard.budget.BudgetStatus;
import io.github.ratecard.budget.ForecastChoice;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.velocity.BundleI18n;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** The verdict's headline names a run-out day only when that day comes from the forecast the headline shows. */
@RunWith(Parameterized.class)
public class BudgetVerdictTest {

    private static final DateRange NOVEMBER = new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][]{
                {"run rate over: the day its burn runs out", "2026-11-10", "11000", null, "Forecast €11,000 — 10 % over budget; runs out Nov 22, 2026"},
                {"bottom-up over: no day, the burn's day belongs to another forecast", "2026-11-10", "11000", "12000",
                        "Forecast €12,000 — 20 % over budget"},
                {"bottom-up under while the run rate runs out: no day", "2026-11-10", "11000", "9500", "Forecast €9,500 — 5 % under budget; €500 left"},
                {"last day of the period: still a forecast", "2026-11-30", "11000", null, "Forecast €11,000 — 10 % over budget; runs out Nov 22, 2026"},
                {"period over and overspent: the day it ran out", "2026-12-01", "11000", "12000", "Spent €11,000 — 10 % over budget; ran out Nov 22, 2026"},
        });
    }

    @Parameterized.Parameter(0)
    public String why;
    @Parameterized.Parameter(1)
    public String asOf;
    /** The actual spending by the status day and, while the period runs, the run-rate forecast. */
    @Parameterized.Parameter(2)
    public String runRate;
    /** The bottom-up forecast, every estimate priced; null for none. */
    @Parameterized.Parameter(3)
    public String bottomUp;
    @Parameterized.Parameter(4)
    public String headline;

    @Test
    public void headline() {
        LocalDate day = LocalDate.parse(asOf);
        boolean over = day.isAfter(NOVEMBER.last());
        Money actual = over ? eur(runRate) : eur("8500");
        BudgetStatus status = new BudgetStatus(NOVEMBER, day, eur("10000"), actual, new BigDecimal("85.0"), eur("10000").minus(actual),
                eur("3333.33"), eur("125"), eur(runRate), eur("10000").minus(eur(runRate)), Optional.of(LocalDate.parse("2026-11-22")), List.of(80));
        Optional<BottomUpForecast> estimates = Optional.ofNullable(bottomUp).map(amount -> new BottomUpForecast(eur(amount).minus(actual),
                eur(amount), eur("10000").minus(eur(amount)), 3600, 0, List.of()));

        BudgetVerdict verdict = BudgetVerdict.of(ForecastChoice.of(status, NOVEMBER.last(), estimates, Optional.empty()), status, 14,
                new ViewerFormat(new BundleI18n(() -> Locale.ENGLISH), Locale.ENGLISH));

        assertEquals(why, headline, verdict.getHeadline());
    }

    private static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }
}

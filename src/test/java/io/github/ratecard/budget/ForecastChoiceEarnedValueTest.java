package io.github.ratecard.budget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The earned-value forecast shown as an alternative: budget ÷ CPI, from the exact figures, not the rounded index. */
public class ForecastChoiceEarnedValueTest {

    private final BudgetStatus status = new BudgetStatus(new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")),
            LocalDate.parse("2026-10-15"), eur("10000.00"), eur("4000.00"), new BigDecimal("40.0"), eur("6000.00"), eur("5000.00"),
            eur("200.00"), eur("9000.00"), eur("1000.00"), Optional.empty(), List.of());

    @Test
    public void budgetDividedByTheCostIndex_shouldBeBudgetTimesActualOverEarned() {
        EarnedValue earned = new EarnedValue(new BigDecimal("0.3000"), eur("3000.00"), Optional.of(new BigDecimal("0.75")), Optional.empty());

        ForecastChoice.Forecast forecast = ForecastChoice.earnedValueForecast(status, earned).orElseThrow();

        assertEquals(eur("13333.33"), forecast.atCompletion());
        assertEquals(eur("-3333.33"), forecast.variance());
        assertTrue(forecast.isOver());
    }

    @Test
    public void nothingEarnedYet_shouldGiveNoEarnedValueForecast() {
        EarnedValue earned = new EarnedValue(BigDecimal.ZERO, eur("0.00"), Optional.empty(), Optional.empty());

        assertEquals(Optional.empty(), ForecastChoice.earnedValueForecast(status, earned));
    }

    private static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }
}

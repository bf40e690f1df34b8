package io.github.ratecard.budget;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** Which forecast a budget's verdict stands on: one row per case, with why that forecast wins. */
@RunWith(Parameterized.class)
public class ForecastChoiceTest {

    private static final DateRange OCTOBER = new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][]{
                {"before the period starts there is nothing to forecast", "2026-09-30", estimates(3600, 0), ForecastChoice.Basis.NOT_STARTED,
                        null, ""},
                {"on the period's last day the day is not over: still a forecast", "2026-10-31", estimates(3600, 0), ForecastChoice.Basis.BOTTOM_UP,
                        "5000.00", "RUN_RATE EARNED_VALUE"},
                {"the day after the period's last the actual is final", "2026-11-01", estimates(3600, 0), ForecastChoice.Basis.FINAL, "4000.00", ""},
                {"every open issue's estimate priced: bottom-up", "2026-10-15", estimates(3600, 0), ForecastChoice.Basis.BOTTOM_UP, "5000.00",
                        "RUN_RATE EARNED_VALUE"},
                {"some remaining estimate unpriced: run rate", "2026-10-15", estimates(3600, 1800), ForecastChoice.Basis.RUN_RATE, "9000.00",
                        "BOTTOM_UP EARNED_VALUE"},
                {"no remaining estimate at all: run rate", "2026-10-15", estimates(0, 0), ForecastChoice.Basis.RUN_RATE, "9000.00",
                        "BOTTOM_UP EARNED_VALUE"},
                {"no bottom-up forecast (an account's budget): run rate", "2026-10-15", null, ForecastChoice.Basis.RUN_RATE, "9000.00",
                        "EARNED_VALUE"},
                {"one month of a longer budget: the estimates belong to no month, so run rate and nothing beside it", "2026-10-15 of 2026",
                        estimates(3600, 0), ForecastChoice.Basis.RUN_RATE, "9000.00", ""},
        });
    }

    @Parameterized.Parameter(0)
    public String why;
    /** The status day; "… of 2026" when the period (October) is one month of a budget for the year. */
    @Parameterized.Parameter(1)
    public String asOf;
    @Parameterized.Parameter(2)
    public BottomUpForecast bottomUp;
    @Parameterized.Parameter(3)
    public ForecastChoice.Basis basis;
    @Parameterized.Parameter(4)
    public String verdict;
    @Parameterized.Parameter(5)
    public String alternatives;

    @Test
    public void choosesTheVerdictsForecast() {
        LocalDate day = LocalDate.parse(asOf.substring(0, 10));
        LocalDate budgetEnd = asOf.endsWith(" of 2026") ? LocalDate.parse("2026-12-31") : OCTOBER.last();
        ForecastChoice.Choice choice = ForecastChoice.of(status(day), budgetEnd, Optional.ofNullable(bottomUp),
                Optional.of(new EarnedValue(new BigDecimal("0.5000"), eur("5000.00"), Optional.of(new BigDecimal("1.25")), Optional.empty())));

        assertEquals(why, basis, choice.basis());
        assertEquals(why, Optional.ofNullable(verdict).map(ForecastChoiceTest::eur), choice.verdict().map(ForecastChoice.Forecast::atCompletion));
        assertEquals(why, alternatives, String.join(" ", choice.alternatives().stream().map(f -> f.basis().name()).toList()));
    }

    /** Budget €10,000; €4,000 spent; the run rate says €9,000, the estimates €5,000. */
    private static BudgetStatus status(LocalDate asOf) {
        return new BudgetStatus(OCTOBER, asOf, eur("10000.00"), eur("4000.00"), new BigDecimal("40.0"), eur("6000.00"), eur("5000.00"),
                eur("200.00"), eur("9000.00"), eur("1000.00"), Optional.empty(), List.of());
    }

    private static BottomUpForecast estimates(long pricedSeconds, long unpricedSeconds) {
        return new BottomUpForecast(eur("1000.00"), eur("5000.00"), eur("5000.00"), pricedSeconds, unpricedSeconds,
                unpricedSeconds > 0 ? List.of("INI-7") : List.of());
    }

    private static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }
}

package io.github.ratecard.fx;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.fx.Conversion.Outcome;
import io.github.ratecard.money.Currencies;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * The conversion rule as a table: which entry converts an amount on a day, in which direction, and how the result is
 * rounded (once, half-up, to the target's minor units). The table holds:
 * EUR/USD 1.15 on 2 Nov and 1.16 on 4 Nov; EUR/JPY 162.35 and EUR/BHD 0.4321 on 2 Nov; EUR/GBP 0.88 on 1 Nov and
 * GBP/EUR 1.14 on 3 Nov; EUR/CHF 0.93 and CHF/EUR 1.08 both on 2 Nov; EUR/VND 1000000 on 2 Nov.
 */
@RunWith(Parameterized.class)
public class RateTableTest {

    private static final RateTable TABLE = new RateTable(List.of(
            rate("EUR", "USD", "2026-11-02", "1.15"), rate("EUR", "USD", "2026-11-04", "1.16"),
            rate("EUR", "JPY", "2026-11-02", "162.35"), rate("EUR", "BHD", "2026-11-02", "0.4321"),
            rate("EUR", "GBP", "2026-11-01", "0.88"), rate("GBP", "EUR", "2026-11-03", "1.14"),
            rate("EUR", "CHF", "2026-11-02", "0.93"), rate("CHF", "EUR", "2026-11-02", "1.08"),
            rate("EUR", "VND", "2026-11-02", "1000000")));

    @Parameterized.Parameter(0)
    public String why;
    @Parameterized.Parameter(1)
    public Money amount;
    @Parameterized.Parameter(2)
    public String target;
    @Parameterized.Parameter(3)
    public String day;
    @Parameterized.Parameter(4)
    public Outcome outcome;
    @Parameterized.Parameter(5)
    public String result;
    @Parameterized.Parameter(6)
    public String rateUsed;

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> cases() {
        return List.of(
                row("the same currency is itself, no rate needed", "100.00 EUR", "EUR", "2026-11-02", Outcome.SAME_CURRENCY, "100.00 EUR", null),
                row("a rate of the day converts", "100.00 EUR", "USD", "2026-11-02", Outcome.RATE_OF_THE_DAY, "115.00 USD", "EUR/USD 2026-11-02"),
                row("no rate that day: the last earlier one, stated", "100.00 EUR", "USD", "2026-11-03", Outcome.EARLIER_RATE, "115.00 USD",
                        "EUR/USD 2026-11-02"),
                row("a later rate is never used", "100.00 EUR", "USD", "2026-11-01", Outcome.NO_RATE, null, null),
                row("the opposite pair divides by its rate", "115.00 USD", "EUR", "2026-11-02", Outcome.RATE_OF_THE_DAY, "100.00 EUR",
                        "~EUR/USD 2026-11-02"),
                row("dividing rounds once, half-up: 100 / 1.16 = 86.2069", "100.00 USD", "EUR", "2026-11-04", Outcome.RATE_OF_THE_DAY, "86.21 EUR",
                        "~EUR/USD 2026-11-04"),
                row("a cent divided stays a cent: 0.0086 rounds up", "0.01 USD", "EUR", "2026-11-04", Outcome.RATE_OF_THE_DAY, "0.01 EUR",
                        "~EUR/USD 2026-11-04"),
                row("negative amounts round away from zero too", "-0.01 USD", "EUR", "2026-11-04", Outcome.RATE_OF_THE_DAY, "-0.01 EUR",
                        "~EUR/USD 2026-11-04"),
                row("yen have no minor unit: 123.45 × 162.35 = 20042.1075", "123.45 EUR", "JPY", "2026-11-02", Outcome.RATE_OF_THE_DAY, "20042 JPY",
                        "EUR/JPY 2026-11-02"),
                row("yen to euro: 1000 / 162.35 = 6.1595", "1000 JPY", "EUR", "2026-11-05", Outcome.EARLIER_RATE, "6.16 EUR", "~EUR/JPY 2026-11-02"),
                row("dinar keep three digits", "100.00 EUR", "BHD", "2026-11-02", Outcome.RATE_OF_THE_DAY, "43.210 BHD", "EUR/BHD 2026-11-02"),
                row("dinar to euro: 1 / 0.4321 = 2.3143", "1.000 BHD", "EUR", "2026-11-02", Outcome.RATE_OF_THE_DAY, "2.31 EUR", "~EUR/BHD 2026-11-02"),
                row("of both directions the later entry wins: GBP/EUR of the day", "100.00 GBP", "EUR", "2026-11-03", Outcome.RATE_OF_THE_DAY,
                        "114.00 EUR", "GBP/EUR 2026-11-03"),
                row("the later opposite entry beats an earlier direct one", "100.00 EUR", "GBP", "2026-11-03", Outcome.RATE_OF_THE_DAY, "87.72 GBP",
                        "~GBP/EUR 2026-11-03"),
                row("before the opposite entry, the direct earlier one applies", "100.00 EUR", "GBP", "2026-11-02", Outcome.EARLIER_RATE, "88.00 GBP",
                        "EUR/GBP 2026-11-01"),
                row("both directions on the same day: the pair as asked", "100.00 EUR", "CHF", "2026-11-02", Outcome.RATE_OF_THE_DAY, "93.00 CHF",
                        "EUR/CHF 2026-11-02"),
                row("rates are never chained through a third currency", "100.00 USD", "JPY", "2026-11-04", Outcome.NO_RATE, null, null),
                row("a result too large for an amount is not converted", "90000000000000000.00 EUR", "VND", "2026-11-02", Outcome.OUT_OF_RANGE, null,
                        "EUR/VND 2026-11-02"));
    }

    @Test
    public void convert_shouldFollowTheRow() {
        Conversion conversion = TABLE.convert(amount, Currencies.of(target), LocalDate.parse(day));

        assertEquals(outcome, conversion.outcome());
        assertEquals(result == null ? null : money(result), conversion.result().orElse(null));
        assertEquals(rateUsed, conversion.appliedRate().map(rate -> (conversion.inverse() ? "~" : "") + rate.pair() + " " + rate.day()).orElse(null));
    }

    private static Object[] row(String why, String amount, String target, String day, Outcome outcome, String result, String rate) {
        return new Object[] {why, money(amount), target, day, outcome, result, rate};
    }

    static Money money(String text) {
        String[] parts = text.split(" ");
        return Money.of(new BigDecimal(parts[0]), Currencies.of(parts[1]));
    }

    static ExchangeRate rate(String base, String quote, String day, String rate) {
        return new ExchangeRate(CurrencyPair.of(base, quote), LocalDate.parse(day), new BigDecimal(rate), "ECB");
    }
}

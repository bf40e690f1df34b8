package io.github.ratecard.insight.margin;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.budget.OverheadRates;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.fx.RateTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Which rate shows revenue in another currency in the base currency, top to bottom: the exchange-rate table's rate of
 * the month's last day, else its last earlier rate (stated with its day), else the frozen rate of the invoices that
 * invoiced all of it, else none: "not converted", never zero. GLOBEX bills 120.00 USD in November 2026; base EUR.
 */
@RunWith(Parameterized.class)
public class MarginBaseCurrencyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
                // why, table entries (pair day rate), invoiced of the 120.00 USD at frozen 0.92, base revenue, how, rate day
                {"the table's rate of the month's last day wins over the frozen rate", List.of("USD/EUR 2026-11-30 0.90"), 12000L, 10800L,
                        MarginConversion.How.RATE_OF_THE_DAY, "2026-11-30"},
                {"the table's latest earlier rate, stated with its day", List.of("USD/EUR 2026-10-31 0.80", "USD/EUR 2026-11-10 0.95"), 12000L,
                        11400L, MarginConversion.How.EARLIER_RATE, "2026-11-10"},
                {"the opposite pair's entry, divided by", List.of("EUR/USD 2026-11-30 1.25"), 0L, 9600L, MarginConversion.How.RATE_OF_THE_DAY,
                        "2026-11-30"},
                {"a rate after the day is never used: the invoices' frozen rate", List.of("USD/EUR 2026-12-01 0.80"), 12000L, 11040L,
                        MarginConversion.How.FROZEN_RATE, null},
                {"no table rate, all of it invoiced: the frozen rate", List.of(), 12000L, 11040L, MarginConversion.How.FROZEN_RATE, null},
                {"no table rate, part of it invoiced: not converted", List.of(), 6000L, null, MarginConversion.How.NOT_CONVERTED, null},
                {"no table rate, nothing invoiced: not converted", List.of(), 0L, null, MarginConversion.How.NOT_CONVERTED, null},
        });
    }

    private final List<String> table;
    private final long invoiced;
    private final Long expectedBase;
    private final MarginConversion.How expectedHow;
    private final String expectedRateDay;

    public MarginBaseCurrencyTest(String why, List<String> table, long invoiced, Long expectedBase, MarginConversion.How expectedHow,
                                  String expectedRateDay) {
        this.table = table;
        this.invoiced = invoiced;
        this.expectedBase = expectedBase;
        this.expectedHow = expectedHow;
        this.expectedRateDay = expectedRateDay;
    }

    private MarginReport report() {
        List<ExchangeRate> rates = new ArrayList<>();
        for (String entry : table) {
            String[] parts = entry.split(" ");
            String[] pair = parts[0].split("/");
            rates.add(new ExchangeRate(CurrencyPair.of(pair[0], pair[1]), LocalDate.parse(parts[1]), new BigDecimal(parts[2]), "ECB"));
        }
        MarginLine globex = new MarginLine("OPS", "anna", "GLOBEX", null, null, "USD", NOV, new MarginWork(3600, 3600, 3600, 8000, 12000, 12000, 1, 0, 0));
        List<InvoicedCell> cells = invoiced == 0 ? List.of()
                : List.of(new InvoicedCell("GLOBEX", "USD", NOV, invoiced, new BigDecimal(invoiced).multiply(new BigDecimal("0.92")).longValue(), 0));
        MarginInputs inputs = new MarginInputs(EUR, List.of(globex), cells, List.of(), new OverheadRates(), project -> true, null,
                ContractRevenue.NONE, new RateTable(rates));
        return MarginCalculator.report(inputs, MarginGrouping.ACCOUNT, NOV, NOV, (grouping, key) -> key);
    }

    @Test
    public void revenueInTheBaseCurrency_isConvertedByTheFirstRuleThatHasARate() {
        MarginRow row = report().rows().get(0);

        assertEquals(expectedBase, row.revenueBaseMinor());
        assertEquals(expectedBase == null ? 12000 : 0, row.notConvertedMinor());
    }

    @Test
    public void theReport_statesHowItConverted() {
        MarginConversion conversion = report().conversions().get(0);

        assertEquals(expectedHow, conversion.how());
        assertEquals(expectedRateDay, conversion.rate() == null ? null : conversion.rate().day().toString());
        assertEquals(1, report().conversions().size());
    }
}

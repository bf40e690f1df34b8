package io.github.ratecard.insight.margin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.budget.OverheadRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.Test;

/**
 * The report against a hand-computed table. Base EUR; overhead 10 % globally, 20 % on OPS.
 * November 2026:
 * <pre>
 * line  project user account currency  cost   bill  value  | invoiced share credited share overhead
 * L1    WEB     anna ACME    EUR      100.00 150.00 180.00  | 120.00          7.50          10.00
 * L2    WEB     ben  ACME    EUR       60.00  50.00  50.00  |  40.00          2.50           6.00
 * L3    OPS     anna GLOBEX  USD       80.00 120.00 120.00  | 120.00 (=110.00 EUR)  -      16.00
 * L4    OPS     ben  -       -         20.00   0.00   0.00  |   -              -             4.00
 * ACME's invoices: 160.00 EUR invoiced, 10.00 credited; GLOBEX's: 120.00 USD frozen at 110.00 EUR.
 * WEB's expenses: 30.00 EUR (account ACME).
 *
 * by account  revenue  base   invoiced uninv. labour overhead expenses margin  margin% write-offs realisation
 * ACME  EUR   200.00  200.00  160.00   40.00 160.00   16.00    30.00    -6.00    -3.0    40.00      87.0
 * GLOBEX USD  120.00  110.00  120.00    0.00  80.00   16.00     0.00    14.00    12.7     0.00     100.0
 * -     EUR     0.00    0.00    0.00    0.00  20.00    4.00     0.00   -24.00    null     0.00      null
 * totals (EUR): revenue 310.00, labour 260.00, overhead 36.00, expenses 30.00, margin -16.00, -5.2 %
 * </pre>
 */
public class MarginCalculatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static MarginLine line(String project, String user, String account, String currency, YearMonth month, long cost, long bill,
                                   long value) {
        return new MarginLine(project, user, account, null, user.equals("anna") ? "L2" : "L1", currency, month,
                new MarginWork(3600, 3600, 3600, cost, bill, value, 1, 0, 0));
    }

    private static OverheadRates overhead() {
        return new OverheadRates().global(LocalDate.of(2026, 1, 1), new BigDecimal("10.00"))
                .project("OPS", LocalDate.of(2026, 1, 1), new BigDecimal("20.00"));
    }

    private static MarginInputs november(long globexInvoiced) {
        return new MarginInputs(EUR, List.of(
                line("WEB", "anna", "ACME", "EUR", NOV, 10000, 15000, 18000),
                line("WEB", "ben", "ACME", "EUR", NOV, 6000, 5000, 5000),
                line("OPS", "anna", "GLOBEX", "USD", NOV, 8000, 12000, 12000),
                line("OPS", "ben", null, null, NOV, 2000, 0, 0)),
                List.of(new InvoicedCell("ACME", "EUR", NOV, 16000, 16000L, 1000),
                        new InvoicedCell("GLOBEX", "USD", NOV, globexInvoiced, globexInvoiced * 11000 / 12000, 0)),
                List.of(new MarginExpense("WEB", "ACME", NOV, "EUR", 3000)), overhead());
    }

    private static MarginReport report(MarginInputs inputs, MarginGrouping by) {
        return MarginCalculator.report(inputs, by, NOV, NOV, (grouping, key) -> key);
    }

    private static MarginRow row(MarginReport report, String key) {
        return report.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    public void anAccountInTheBaseCurrency_hasEveryFigureOfTheTable() {
        MarginRow acme = row(report(november(12000), MarginGrouping.ACCOUNT), "ACME");
        assertEquals(20000, acme.revenueMinor());
        assertEquals(Long.valueOf(20000), acme.revenueBaseMinor());
        assertEquals(16000, acme.invoicedMinor());
        assertEquals(4000, acme.uninvoicedMinor());
        assertEquals(16000, acme.labourCostMinor());
        assertEquals(1600, acme.overheadMinor());
        assertEquals(3000, acme.expensesMinor());
        assertEquals(Long.valueOf(-600), acme.grossMarginBaseMinor());
        assertEquals(new BigDecimal("-3.0"), acme.marginPercent());
        assertEquals(Long.valueOf(4000), acme.writeOffsMinor());
        assertEquals(new BigDecimal("87.0"), acme.realisationPercent());
    }

    @Test
    public void foreignRevenueInvoicedInFull_isConvertedAtTheInvoicesFrozenRate() {
        MarginRow globex = row(report(november(12000), MarginGrouping.ACCOUNT), "GLOBEX");
        assertEquals("USD", globex.currency().getCurrencyCode());
        assertEquals(12000, globex.revenueMinor());
        assertEquals(Long.valueOf(11000), globex.revenueBaseMinor());
        assertEquals(Long.valueOf(1400), globex.grossMarginBaseMinor());
        assertEquals(new BigDecimal("12.7"), globex.marginPercent());
        assertEquals(Long.valueOf(0), globex.writeOffsMinor());
    }

    @Test
    public void foreignRevenueNotYetInvoiced_isNotConvertedAndLeftOutOfTheBaseTotals() {
        MarginReport report = report(november(6000), MarginGrouping.ACCOUNT);
        MarginRow globex = row(report, "GLOBEX");
        assertNull(globex.revenueBaseMinor());
        assertEquals(12000, globex.notConvertedMinor());
        assertNull(globex.grossMarginBaseMinor());
        assertNull(globex.marginPercent());
        assertFalse(report.totals().complete());
        assertEquals(20000, report.totals().revenueMinor());
        assertEquals(-3000, report.totals().grossMarginMinor());
    }

    @Test
    public void workWithoutAnAccount_isARowOfItsOwnWithCostsOnly() {
        MarginRow none = row(report(november(12000), MarginGrouping.ACCOUNT), MarginLine.NONE);
        assertEquals(0, none.revenueMinor());
        assertEquals(2000, none.labourCostMinor());
        assertEquals(400, none.overheadMinor());
        assertEquals(Long.valueOf(-2400), none.grossMarginBaseMinor());
        assertNull(none.marginPercent());
        assertNull(none.realisationPercent());
    }

    @Test
    public void baseTotals_addUpTheRowsThatConvert() {
        MarginReport.BaseTotals totals = report(november(12000), MarginGrouping.ACCOUNT).totals();
        assertTrue(totals.complete());
        assertEquals(31000, totals.revenueMinor());
        assertEquals(26000, totals.labourCostMinor());
        assertEquals(3600, totals.overheadMinor());
        assertEquals(3000, totals.expensesMinor());
        assertEquals(-1600, totals.grossMarginMinor());
        assertEquals(new BigDecimal("-5.2"), totals.marginPercent());
    }

    @Test
    public void totalsByCurrency_keepEachBillCurrencyApart() {
        List<MarginRow> totals = report(november(12000), MarginGrouping.ACCOUNT).totalsByCurrency();
        assertEquals(2, totals.size());
        assertEquals(20000, totals.get(0).revenueMinor());
        assertEquals(18000, totals.get(0).labourCostMinor());
        assertEquals(12000, totals.get(1).revenueMinor());
        assertEquals(8000, totals.get(1).labourCostMinor());
    }

    @Test
    public void byPerson_invoicedAndCreditedAreSpreadInProportionToWhatEachBilled() {
        MarginReport report = report(november(12000), MarginGrouping.PERSON);
        MarginRow annaEur = report.rows().stream().filter(r -> r.key().equals("anna") && r.currency().equals(EUR)).findFirst().orElseThrow();
        MarginRow benEur = report.rows().stream().filter(r -> r.key().equals("ben")).findFirst().orElseThrow();
        assertEquals(12000, annaEur.invoicedMinor());
        assertEquals(Long.valueOf(3000 + 750), annaEur.writeOffsMinor());
        assertEquals(4000, benEur.invoicedMinor());
        assertEquals(Long.valueOf(250), benEur.writeOffsMinor());
    }

    @Test
    public void equalLines_eachKeepTheirOwnShareOfWhatWasInvoiced() {
        MarginLine sameFigures = line("WEB", "anna", "ACME", "EUR", NOV, 1000, 1500, 1500);
        MarginInputs inputs = new MarginInputs(EUR, List.of(sameFigures, sameFigures), List.of(new InvoicedCell("ACME", "EUR", NOV, 2001, 2001L, 0)),
                List.of(), new OverheadRates());
        MarginRow acme = row(report(inputs, MarginGrouping.ACCOUNT), "ACME");
        assertEquals(2001, acme.invoicedMinor());
    }

    @Test
    public void byPerson_expensesAreARowOfTheirOwn() {
        MarginRow expenses = row(report(november(12000), MarginGrouping.PERSON), MarginExpense.EXPENSES);
        assertEquals(3000, expenses.expensesMinor());
        assertEquals(Long.valueOf(-3000), expenses.grossMarginBaseMinor());
    }

    @Test
    public void billableExpenses_billWhatTheyBillAsRevenueOfTheirAccountAndKeepTheirCost() {
        MarginInputs inputs = new MarginInputs(EUR, List.of(line("WEB", "anna", "ACME", "EUR", NOV, 1000, 1500, 1500)), List.of(),
                List.of(new MarginExpense("WEB", "ACME", NOV, "EUR", 3000, 3300)), new OverheadRates());
        MarginRow acme = row(report(inputs, MarginGrouping.ACCOUNT), "ACME");
        assertEquals(1500 + 3300, acme.revenueMinor());
        assertEquals(3000, acme.expensesMinor());
        assertEquals(Long.valueOf(1500 + 3300 - 1000 - 3000), acme.grossMarginBaseMinor());
    }

    @Test
    public void byPerson_whatExpensesBillIsInTheExpensesRow() {
        MarginInputs inputs = new MarginInputs(EUR, List.of(line("WEB", "anna", "ACME", "EUR", NOV, 1000, 1500, 1500)), List.of(),
                List.of(new MarginExpense("WEB", "ACME", NOV, "EUR", 3000, 3300)), new OverheadRates());
        MarginRow expenses = row(report(inputs, MarginGrouping.PERSON), MarginExpense.EXPENSES);
        assertEquals(3300, expenses.revenueMinor());
        assertEquals(Long.valueOf(300), expenses.grossMarginBaseMinor());
    }

    @Test
    public void byLevel_groupsByTheLevelOnTheLine() {
        MarginReport report = report(november(12000), MarginGrouping.LEVEL);
        assertEquals(List.of("expenses EUR 0", "L1 EUR 8000", "L2 EUR 10000", "L2 USD 8000"), report.rows().stream()
                .map(r -> r.key() + " " + r.currency() + " " + r.labourCostMinor()).toList());
    }

    @Test
    public void rowsWithoutAnyValuedEntry_stateNoWriteOffsNorRealisation() {
        MarginInputs inputs = new MarginInputs(EUR, List.of(new MarginLine("WEB", "anna", "ACME", null, null, "EUR", NOV,
                new MarginWork(3600, 3600, 3600, 1000, 1500, 0, 2, 0, 2))), List.of(), List.of(), new OverheadRates());
        MarginRow acme = row(report(inputs, MarginGrouping.ACCOUNT), "ACME");
        assertNull(acme.writeOffsMinor());
        assertNull(acme.realisationPercent());
    }

    @Test
    public void rowsWithSomeUnvaluedEntries_stateNoWriteOffsNorRealisation() {
        MarginInputs inputs = new MarginInputs(EUR, List.of(
                line("WEB", "anna", "ACME", "EUR", NOV, 1000, 1500, 1500),
                new MarginLine("WEB", "ben", "ACME", null, null, "EUR", NOV, new MarginWork(3600, 0, 3600, 1000, 1500, 0, 1, 0, 1))),
                List.of(), List.of(), new OverheadRates());
        MarginRow acme = row(report(inputs, MarginGrouping.ACCOUNT), "ACME");
        assertEquals(1, acme.work().unvalued());
        assertNull(acme.writeOffsMinor());
        assertNull(acme.realisationPercent());
    }

    @Test
    public void trend_comparesTheLastMonthWithTheAverageOfTheThreeBefore() {
        MarginInputs inputs = new MarginInputs(EUR, List.of(
                line("WEB", "anna", "ACME", "EUR", NOV.minusMonths(3), 1000, 1100, 1100),
                line("WEB", "anna", "ACME", "EUR", NOV.minusMonths(2), 1000, 1200, 1200),
                line("WEB", "anna", "ACME", "EUR", NOV.minusMonths(1), 1000, 1400, 1400),
                line("WEB", "anna", "ACME", "EUR", NOV, 1000, 1200, 1200)),
                List.of(), List.of(), new OverheadRates());
        MarginReport report = report(inputs, MarginGrouping.ACCOUNT);
        MarginTrend trend = row(report, "ACME").trend();
        assertEquals(Long.valueOf(200), trend.currentMinor());
        assertEquals(Long.valueOf(233), trend.averageMinor());
        assertEquals(MarginTrend.Direction.DOWN, trend.direction());
        assertEquals("earlier months count in the trend only", 1200, row(report, "ACME").revenueMinor());
    }

    @Test
    public void trend_countsAMonthWithoutWorkAsZero() {
        MarginInputs inputs = new MarginInputs(EUR, List.of(line("WEB", "anna", "ACME", "EUR", NOV.minusMonths(1), 1000, 1300, 1300),
                line("WEB", "anna", "ACME", "EUR", NOV, 1000, 1050, 1050)), List.of(), List.of(), new OverheadRates());
        MarginTrend trend = row(report(inputs, MarginGrouping.ACCOUNT), "ACME").trend();
        assertEquals(Long.valueOf(100), trend.averageMinor());
        assertEquals(MarginTrend.Direction.DOWN, trend.direction());
    }

    @Test
    public void byMonth_rowsAreInCalendarOrder() {
        MarginInputs inputs = new MarginInputs(EUR, List.of(line("WEB", "anna", "ACME", "EUR", NOV, 1, 1, 1),
                line("WEB", "anna", "ACME", "EUR", NOV.minusMonths(1), 1, 1, 1)), List.of(), List.of(), new OverheadRates());
        MarginReport report = MarginCalculator.report(inputs, MarginGrouping.MONTH, NOV.minusMonths(1), NOV, (g, key) -> key);
        assertEquals(List.of("2026-10", "2026-11"), report.rows().stream().map(MarginRow::key).toList());
        assertEquals(MarginTrend.NONE, report.rows().get(1).trend());
    }
}

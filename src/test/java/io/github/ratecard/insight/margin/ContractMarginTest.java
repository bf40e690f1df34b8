package io.github.ratecard.insight.margin;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.budget.OverheadRates;
import io.github.ratecard.contract.Cap;
import io.github.ratecard.contract.CapScope;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.contract.ContractTerms;
import io.github.ratecard.contract.FixedFee;
import io.github.ratecard.contract.Instalment;
import io.github.ratecard.contract.InstalmentDue;
import io.github.ratecard.contract.PeriodLength;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.Rollover;
import io.github.ratecard.fx.RateTable;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.HourlyRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/**
 * Contract accounts in the profitability report, against hand-computed tables. Base EUR, no overhead, November 2026.
 * <pre>
 * RET   retainer 6,000.00 EUR/month for 60 h, overage 90.00 EUR/h; worked: anna 40 h (cost 2,000.00, at bill rates 4,000.00),
 *       ben 25 h (cost 1,500.00, at bill rates 2,500.00); invoiced: fee 6,000.00 + overage 5 h × 90.00 = 450.00.
 *       revenue 6,450.00 by billed hours 40:25: anna 6,450 × 40/65 = 3,969.2307… → 3,969.23, ben 2,480.7692… → 2,480.77
 *       (largest remainder); write-offs 6,500.00 − 6,450.00 = 50.00; realisation 6,450/6,500 = 99.2 %;
 *       margin 6,450.00 − 3,500.00 = 2,950.00 = 45.7 %.
 * FIX   fixed fee from 2026-10: Kick-off 5,000.00 on 2026-10-15, Delivery 10,000.00 on 2026-11-20; worked anna 30 h (cost
 *       1,800.00, at bill rates 3,000.00); invoiced: Delivery. revenue 10,000.00 (not 3,000.00); write-offs −7,000.00;
 *       realisation 333.3 %; margin 8,200.00 = 82.0 %.
 * CAPD  cap 1,000.00 EUR a month; worked anna 800.00, ben 400.00 at bill rates (cost 500.00, 300.00); invoiced 1,200.00
 *       of work and −200.00 written off. Write-off by bill 800:400: anna 133.33, ben 66.67 (largest remainder); revenue
 *       anna 666.67, ben 333.33, account 1,000.00; write-offs 200.00; realisation 83.3 %; margin 200.00 = 20.0 %.
 * NIP   retainer ¥500,000 a month (JPY, no minor digits); worked a, b, c 10 h each (cost 300.00 EUR each); the table has
 *       EUR/JPY 160 on 2026-11-30. revenue ¥166,667 + ¥166,667 + ¥166,666 (a tie: earlier lines first); in EUR
 *       166,667 ÷ 160 = 1,041.66875 → 1,041.67 twice and 1,041.6625 → 1,041.66: 3,125.00; margin 2,225.00 = 71.2 %.
 * </pre>
 */
public class ContractMarginTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final Map<String, String> DEFAULT_PROJECTS = Map.of("RET", "WEB", "FIX", "APP", "CAPD", "OPS", "NIP", "JP");

    private static MarginLine line(String project, String user, String account, String currency, YearMonth month, long hours, long cost,
                                   long bill) {
        long seconds = hours * 3600;
        return new MarginLine(project, user, account, null, null, currency, month, new MarginWork(seconds, seconds, seconds, cost, bill, bill, 1, 0, 0));
    }

    private static IssuedDocument invoice(String account, String currency, YearMonth month, long work, IssuedDocument.ContractLine... lines) {
        return new IssuedDocument(false, account, currency, month.atEndOfMonth(), null, work, month.atDay(1), List.of(lines));
    }

    private static IssuedDocument.ContractLine contractLine(LineKind kind, String key, long minor) {
        return new IssuedDocument.ContractLine(kind, key, minor);
    }

    private static Contract contract(String account, String currency, YearMonth from, ContractTerms terms) {
        return new Contract(account, Currency.getInstance(currency), from, Optional.empty(), List.of(new DatedTerms(from, terms)));
    }

    private static Contract retainer() {
        return contract("RET", "EUR", OCT, Retainer.withOverageRate(PeriodLength.MONTH, Money.parse("6000.00", "EUR"), 60 * 3600, Rollover.NONE,
                HourlyRate.parse("90.00", "EUR")));
    }

    private static Contract fixedFee() {
        return contract("FIX", "EUR", OCT, new FixedFee(List.of(
                new Instalment("Kick-off", Money.parse("5000.00", "EUR"), new InstalmentDue.OnDate(LocalDate.parse("2026-10-15"))),
                new Instalment("Delivery", Money.parse("10000.00", "EUR"), new InstalmentDue.OnDate(LocalDate.parse("2026-11-20"))))));
    }

    private static MarginReport report(List<MarginLine> lines, List<IssuedDocument> documents, List<Contract> contracts, RateTable rates,
                                       MarginGrouping by, YearMonth month) {
        Map<String, Contract> byAccount = new HashMap<>();
        contracts.forEach(contract -> byAccount.put(contract.accountKey(), contract));
        ContractRevenue revenue = ContractRevenue.of(byAccount, DEFAULT_PROJECTS, documents, month, month);
        MarginInputs inputs = new MarginInputs(EUR, lines, InvoicedCells.of(documents, EUR, lines, byAccount), List.of(), new OverheadRates(),
                project -> true, null, revenue, rates);
        return MarginCalculator.report(inputs, by, month, month, (grouping, key) -> key);
    }

    private static MarginRow row(MarginReport report, String key) {
        return report.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<MarginLine> retainerWork() {
        return List.of(line("WEB", "anna", "RET", "EUR", NOV, 40, 200000, 400000), line("WEB", "ben", "RET", "EUR", NOV, 25, 150000, 250000));
    }

    private static IssuedDocument retainerInvoice() {
        return invoice("RET", "EUR", NOV, 0, contractLine(LineKind.RETAINER, "RETAINER:2026-11", 600000),
                contractLine(LineKind.OVERAGE, "OVERAGE:2026-11@900000", 45000));
    }

    @Test
    public void aRetainerMonth_earnsItsFeeAndOverageNotTimeTimesRate() {
        MarginRow account = row(report(retainerWork(), List.of(retainerInvoice()), List.of(retainer()), RateTable.empty(), MarginGrouping.ACCOUNT, NOV),
                "RET");

        assertEquals(645000, account.revenueMinor());
        assertEquals(Long.valueOf(645000), account.revenueBaseMinor());
        assertEquals(645000, account.invoicedMinor());
        assertEquals(0, account.uninvoicedMinor());
        assertEquals(350000, account.labourCostMinor());
        assertEquals(Long.valueOf(295000), account.grossMarginBaseMinor());
        assertEquals(new BigDecimal("45.7"), account.marginPercent());
        assertEquals(Long.valueOf(5000), account.writeOffsMinor());
        assertEquals(new BigDecimal("99.2"), account.realisationPercent());
    }

    @Test
    public void aRetainersRevenue_isSpreadOverItsPeopleByBilledHoursByLargestRemainder() {
        MarginReport report = report(retainerWork(), List.of(retainerInvoice()), List.of(retainer()), RateTable.empty(), MarginGrouping.PERSON, NOV);

        assertEquals(396923, row(report, "anna").revenueMinor());
        assertEquals(248077, row(report, "ben").revenueMinor());
        assertEquals(396923, row(report, "anna").invoicedMinor());
        assertEquals(248077, row(report, "ben").invoicedMinor());
    }

    @Test
    public void aRetainerPeriodNoInvoiceBillsYet_showsItsFeeAsUninvoicedRevenueWithoutOverage() {
        MarginRow account = row(report(retainerWork(), List.of(), List.of(retainer()), RateTable.empty(), MarginGrouping.ACCOUNT, NOV), "RET");

        assertEquals(600000, account.revenueMinor());
        assertEquals(0, account.invoicedMinor());
        assertEquals(600000, account.uninvoicedMinor());
    }

    @Test
    public void aRetainerMonthWithoutWork_countsItsFeeOnTheAccountsDefaultProject() {
        MarginReport report = report(List.of(), List.of(), List.of(retainer()), RateTable.empty(), MarginGrouping.PROJECT, NOV);

        assertEquals(600000, row(report, "WEB").revenueMinor());
        assertEquals(0, row(report, "WEB").labourCostMinor());
    }

    @Test
    public void aQuartersFee_isSpreadEvenlyOverItsMonthsTheCentsToTheEarliest() {
        IssuedDocument quarter = new IssuedDocument(false, "RET", "EUR", LocalDate.parse("2026-12-31"), null, 0, LocalDate.parse("2026-10-01"),
                List.of(contractLine(LineKind.RETAINER, "RETAINER:2026-10", 1000000)));

        List<InvoicedCell> cells = InvoicedCells.of(List.of(quarter), EUR, List.of(), Map.of());

        assertEquals(List.of(333334L, 333333L, 333333L), cells.stream().map(InvoicedCell::contractMinor).toList());
    }

    @Test
    public void aQuarterlyRetainerNotYetInvoiced_showsItsMonthsPartOfTheFee() {
        Contract quarterly = contract("RET", "EUR", OCT, Retainer.atRateCard(PeriodLength.QUARTER, Money.parse("10000.00", "EUR"), 90 * 3600,
                Rollover.NONE));

        ContractRevenue revenue = ContractRevenue.of(Map.of("RET", quarterly), Map.of(), List.of(), OCT, YearMonth.of(2026, 12));

        assertEquals(List.of(333334L, 333333L, 333333L), List.of(revenue.unbilledFee(new InvoicedCell.Key("RET", "EUR", OCT)),
                revenue.unbilledFee(new InvoicedCell.Key("RET", "EUR", NOV)), revenue.unbilledFee(new InvoicedCell.Key("RET", "EUR", YearMonth.of(2026, 12)))));
    }

    @Test
    public void aFixedFeeMonth_earnsTheInstalmentInvoicedNotTimeTimesRate() {
        MarginRow account = row(report(List.of(line("APP", "anna", "FIX", "EUR", NOV, 30, 180000, 300000)),
                List.of(invoice("FIX", "EUR", NOV, 0, contractLine(LineKind.INSTALMENT, "INSTALMENT:2026-10:Delivery", 1000000))),
                List.of(fixedFee()), RateTable.empty(), MarginGrouping.ACCOUNT, NOV), "FIX");

        assertEquals(1000000, account.revenueMinor());
        assertEquals(1000000, account.invoicedMinor());
        assertEquals(0, account.uninvoicedMinor());
        assertEquals(Long.valueOf(820000), account.grossMarginBaseMinor());
        assertEquals(new BigDecimal("82.0"), account.marginPercent());
        assertEquals(Long.valueOf(-700000), account.writeOffsMinor());
        assertEquals(new BigDecimal("333.3"), account.realisationPercent());
    }

    @Test
    public void aFixedFeeMonthWithoutAnInstalmentInvoiced_hasNoRevenueAndNothingUninvoiced() {
        MarginRow account = row(report(List.of(line("APP", "anna", "FIX", "EUR", OCT, 10, 60000, 100000)), List.of(), List.of(fixedFee()),
                RateTable.empty(), MarginGrouping.ACCOUNT, OCT), "FIX");

        assertEquals(0, account.revenueMinor());
        assertEquals(0, account.uninvoicedMinor());
        assertEquals(Long.valueOf(-60000), account.grossMarginBaseMinor());
    }

    @Test
    public void anInstalmentDueOnADate_countsInThatMonthOfItsInvoicesPeriod() {
        IssuedDocument autumn = new IssuedDocument(false, "FIX", "EUR", LocalDate.parse("2026-11-30"), null, 0, LocalDate.parse("2026-10-01"),
                List.of(contractLine(LineKind.INSTALMENT, "INSTALMENT:2026-10:Kick-off", 500000),
                        contractLine(LineKind.INSTALMENT, "INSTALMENT:2026-10:Delivery", 1000000)));

        List<InvoicedCell> cells = InvoicedCells.of(List.of(autumn), EUR, List.of(), Map.of("FIX", fixedFee()));

        assertEquals(Map.of(OCT, 500000L, NOV, 1000000L), Map.of(cells.get(0).month(), cells.get(0).contractMinor(), cells.get(1).month(),
                cells.get(1).contractMinor()));
    }

    @Test
    public void anInstalmentBilledAfterItsDate_countsInTheMonthItsInvoicesPeriodEnds() {
        IssuedDocument december = invoice("FIX", "EUR", YearMonth.of(2026, 12), 0, contractLine(LineKind.INSTALMENT, "INSTALMENT:2026-10:Delivery",
                1000000));

        List<InvoicedCell> cells = InvoicedCells.of(List.of(december), EUR, List.of(), Map.of("FIX", fixedFee()));

        assertEquals(YearMonth.of(2026, 12), cells.get(0).month());
        assertEquals(1000000, cells.get(0).contractMinor());
    }

    private static MarginReport capped(MarginGrouping by) {
        return report(List.of(line("OPS", "anna", "CAPD", "EUR", NOV, 8, 50000, 80000), line("OPS", "ben", "CAPD", "EUR", NOV, 4, 30000, 40000)),
                List.of(invoice("CAPD", "EUR", NOV, 120000, contractLine(LineKind.WRITE_OFF, "WRITE_OFF:2026-11", -20000))),
                List.of(contract("CAPD", "EUR", OCT, new Cap(Money.parse("1000.00", "EUR"), CapScope.MONTH))), RateTable.empty(), by, NOV);
    }

    @Test
    public void aCapsWriteOff_isAmongTheWriteOffsNeverRevenue() {
        MarginRow account = row(capped(MarginGrouping.ACCOUNT), "CAPD");

        assertEquals(100000, account.revenueMinor());
        assertEquals(100000, account.invoicedMinor());
        assertEquals(0, account.uninvoicedMinor());
        assertEquals(Long.valueOf(20000), account.writeOffsMinor());
        assertEquals(new BigDecimal("83.3"), account.realisationPercent());
        assertEquals(Long.valueOf(20000), account.grossMarginBaseMinor());
        assertEquals(new BigDecimal("20.0"), account.marginPercent());
    }

    @Test
    public void aCapsWriteOff_isTakenOffEachPersonInProportionToWhatTheyBilled() {
        MarginReport report = capped(MarginGrouping.PERSON);

        assertEquals(66667, row(report, "anna").revenueMinor());
        assertEquals(33333, row(report, "ben").revenueMinor());
        assertEquals(Long.valueOf(13333), row(report, "anna").writeOffsMinor());
        assertEquals(Long.valueOf(6667), row(report, "ben").writeOffsMinor());
    }

    private static MarginReport nippon(MarginGrouping by) {
        Contract retainer = contract("NIP", "JPY", OCT, Retainer.atRateCard(PeriodLength.MONTH, Money.parse("500000", "JPY"), 40 * 3600,
                Rollover.NONE));
        RateTable rates = new RateTable(List.of(new io.github.ratecard.fx.ExchangeRate(io.github.ratecard.fx.CurrencyPair.of("EUR", "JPY"),
                LocalDate.parse("2026-11-30"), new BigDecimal("160"), "ECB")));
        return report(List.of(line("JP", "a", "NIP", "JPY", NOV, 10, 30000, 100000), line("JP", "b", "NIP", "JPY", NOV, 10, 30000, 100000),
                        line("JP", "c", "NIP", "JPY", NOV, 10, 30000, 100000)),
                List.of(invoice("NIP", "JPY", NOV, 0, contractLine(LineKind.RETAINER, "RETAINER:2026-11", 500000))), List.of(retainer), rates, by, NOV);
    }

    @Test
    public void aYenRetainer_isSpreadInWholeYenAndConvertedPerLine() {
        MarginReport report = nippon(MarginGrouping.PERSON);

        assertEquals(List.of(166667L, 166667L, 166666L), List.of(row(report, "a").revenueMinor(), row(report, "b").revenueMinor(),
                row(report, "c").revenueMinor()));
        assertEquals(List.of(104167L, 104167L, 104166L), List.of(row(report, "a").revenueBaseMinor(), row(report, "b").revenueBaseMinor(),
                row(report, "c").revenueBaseMinor()));
    }

    @Test
    public void aYenRetainerAccount_addsUpToTheFeeAndItsConversion() {
        MarginRow account = row(nippon(MarginGrouping.ACCOUNT), "NIP");

        assertEquals("JPY", account.currency().getCurrencyCode());
        assertEquals(500000, account.revenueMinor());
        assertEquals(Long.valueOf(312500), account.revenueBaseMinor());
        assertEquals(Long.valueOf(222500), account.grossMarginBaseMinor());
        assertEquals(new BigDecimal("71.2"), account.marginPercent());
    }
}

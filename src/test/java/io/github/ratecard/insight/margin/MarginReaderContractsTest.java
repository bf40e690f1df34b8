package io.github.ratecard.insight.margin;

import static io.github.ratecard.testing.kits.RateCardKit.account;
import static org.junit.Assert.assertEquals;

import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractStore;
import io.github.ratecard.contract.DatedTerms;
import io.github.ratecard.contract.PeriodLength;
import io.github.ratecard.contract.Retainer;
import io.github.ratecard.contract.Rollover;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.fx.FxRateStore;
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceHeader;
import io.github.ratecard.invoice.InvoiceLine;
import io.github.ratecard.invoice.InvoiceStore;
import io.github.ratecard.invoice.LineGrouping;
import io.github.ratecard.invoice.LineKind;
import io.github.ratecard.money.Money;
import io.github.ratecard.testing.kits.BudgetKit;
import io.github.ratecard.testing.kits.RateCardKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The profitability report as wired, on the real stores (H2, or PostgreSQL with -Dratecard.db=postgres): RET bills in USD
 * under a retainer of 1,000.00 USD a month from October 2026 and is the default account of ACME; the exchange-rate table
 * has USD/EUR 0.90 of 2026-11-15; base EUR. November 2026 has no work.
 */
public class MarginReaderContractsTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final Currency USD = Currency.getInstance("USD");

    private final BudgetKit kit = new BudgetKit();
    private MarginReader reader;

    @Before
    public void setUp() {
        kit.rateCard.accountService.create(account("RET", "USD"));
        kit.rateCard.accountService.link("ACME", "RET", true);
        YearMonth october = YearMonth.of(2026, 10);
        kit.rateCard.app.bean(ContractStore.class).save(new Contract("RET", USD, october, Optional.empty(), List.of(new DatedTerms(october,
                Retainer.atRateCard(PeriodLength.MONTH, Money.parse("1000.00", "USD"), 10 * 3600, Rollover.NONE)))));
        kit.rateCard.app.bean(FxRateStore.class).put(new ExchangeRate(CurrencyPair.of("USD", "EUR"), LocalDate.parse("2026-11-15"),
                new BigDecimal("0.90"), "ECB"));
        reader = kit.rateCard.app.bean(MarginReader.class);
    }

    @After
    public void tearDown() {
        kit.close();
    }

    private MarginRow november() {
        MarginReport report = reader.report(new MarginQuery(NOV, NOV, MarginGrouping.ACCOUNT, null, null), id -> true, true);
        return report.rows().stream().filter(row -> row.key().equals("RET")).findFirst().orElseThrow();
    }

    @Test
    public void aRetainerMonthNotYetInvoiced_showsItsFeeUninvoicedAtTheTablesLastEarlierRate() {
        MarginRow row = november();

        assertEquals(100000, row.revenueMinor());
        assertEquals(100000, row.uninvoicedMinor());
        assertEquals(Long.valueOf(90000), row.revenueBaseMinor());
        MarginConversion conversion = reader.report(new MarginQuery(NOV, NOV, MarginGrouping.ACCOUNT, null, null), id -> true, true).conversions().get(0);
        assertEquals(MarginConversion.How.EARLIER_RATE, conversion.how());
        assertEquals(LocalDate.parse("2026-11-15"), conversion.rate().day());
    }

    @Test
    public void aRetainerMonthWithoutWorkOfAnAccountNoProjectDefaultsTo_isShownToFinanceWithoutAProject() {
        YearMonth october = YearMonth.of(2026, 10);
        kit.rateCard.accountService.create(account("LONE", "USD"));
        kit.rateCard.app.bean(ContractStore.class).save(new Contract("LONE", USD, october, Optional.empty(), List.of(new DatedTerms(october,
                Retainer.atRateCard(PeriodLength.MONTH, Money.parse("500.00", "USD"), 5 * 3600, Rollover.NONE)))));
        MarginQuery byAccount = new MarginQuery(NOV, NOV, MarginGrouping.ACCOUNT, null, null);

        MarginReport finance = reader.report(byAccount, id -> true, true);
        MarginReport lead = reader.report(byAccount, id -> true, false);
        MarginReport byProject = reader.report(new MarginQuery(NOV, NOV, MarginGrouping.PROJECT, null, null), id -> true, true);

        MarginRow lone = finance.rows().stream().filter(row -> row.key().equals("LONE")).findFirst().orElseThrow();
        assertEquals(50000, lone.revenueMinor());
        assertEquals(50000, lone.uninvoicedMinor());
        assertEquals(false, lead.rows().stream().anyMatch(row -> row.key().equals("LONE")));
        assertEquals(50000, byProject.rows().stream().filter(row -> row.key().equals(MarginLine.NONE)).findFirst().orElseThrow().revenueMinor());
    }

    @Test
    public void anIssuedRetainerInvoice_isInvoicedRevenueConvertedAtTheTableNotItsFrozenRate() {
        InvoiceStore invoices = kit.rateCard.app.bean(InvoiceStore.class);
        InvoiceHeader header = InvoiceHeader.invoice("RET", new DateRange(NOV.atDay(1), NOV.atEndOfMonth()), LineGrouping.ISSUE, USD, List.of(),
                "", "fiona");
        long id = invoices.insert(Invoice.draft(header, BigDecimal.ZERO).withLines(List.of(new InvoiceLine(0, LineKind.RETAINER,
                "RETAINER:2026-11", "Retainer November 2026", BigDecimal.ONE, new BigDecimal("1000.00"), Money.parse("1000.00", "USD"), 0, 0))));
        invoices.update(invoices.invoice(id).orElseThrow().issued("RET-1", NOV.atEndOfMonth(), RateCardKit.NOW, "fiona", new BigDecimal("0.95"),
                Currency.getInstance("EUR")));

        MarginRow row = november();

        assertEquals(100000, row.revenueMinor());
        assertEquals(100000, row.invoicedMinor());
        assertEquals(0, row.uninvoicedMinor());
        assertEquals(Long.valueOf(90000), row.revenueBaseMinor());
    }
}

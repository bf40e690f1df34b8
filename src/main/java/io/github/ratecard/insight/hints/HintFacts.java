package io.github.ratecard.insight.hints;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.Rate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the rules look at, read once per run from rollups and small stored tables (never the
 * ledger's entries): the accounts, monthly figures of the last {@link #MONTHS} months, issued
 * invoices' periods, budgets' forecasts, the rate card, each person's expected time per month and
 * the overhead rates.
 */
public record HintFacts(LocalDate today, Currency baseCurrency, int uninvoicedDays, List<Account> accounts, List<WorkMonth> work,
                        List<AccountMonth> accountMonths, List<Invoiced> invoiced, List<BudgetForecast> budgets, List<Rate> rates,
                        Map<String, Map<YearMonth, Long>> expectedSeconds, Overheads overheads) {

    /** How far back the facts reach, this month included. */
    public static final int MONTHS = 13;

    public HintFacts {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(baseCurrency, "baseCurrency");
        accounts = List.copyOf(accounts);
        work = List.copyOf(work);
        accountMonths = List.copyOf(accountMonths);
        invoiced = List.copyOf(invoiced);
        budgets = List.copyOf(budgets);
        rates = List.copyOf(rates);
        expectedSeconds = Map.copyOf(expectedSeconds);
        Objects.requireNonNull(overheads, "overheads");
    }

    /** Facts without overhead rates. */
    public HintFacts(LocalDate today, Currency baseCurrency, int uninvoicedDays, List<Account> accounts, List<WorkMonth> work,
                     List<AccountMonth> accountMonths, List<Invoiced> invoiced, List<BudgetForecast> budgets, List<Rate> rates,
                     Map<String, Map<YearMonth, Long>> expectedSeconds) {
        this(today, baseCurrency, uninvoicedDays, accounts, work, accountMonths, invoiced, budgets, rates, expectedSeconds, Overheads.NONE);
    }

    public YearMonth thisMonth() {
        return YearMonth.from(today);
    }

    /** A client account as the rules need it. */
    public record Account(String key, String name, Currency currency, AccountCategory category, BilledTimeRule billedTime) {
    }

    /**
     * One person's month on one project and account (the monthly PROJECT rollup): worked, billable
     * and billed seconds, cost in the base currency, bill in {@code currency} (null when nothing was
     * priced), entries and how many of them lack a price.
     */
    public record WorkMonth(long projectId, String userKey, String accountKey, String currency, YearMonth month, long workedSeconds,
                            long billableSeconds, long billedSeconds, long costMinor, long billMinor, long entries, long unpriced) {
    }

    /** One account's month in one currency (the monthly ACCOUNT rollup). */
    public record AccountMonth(String accountKey, String currency, YearMonth month, long workedSeconds, long billableSeconds, long billedSeconds,
                               long billMinor, long entries, long unpriced, long valueMinor, long unvalued) {
    }

    /** The period of one issued (not voided) invoice of an account. */
    public record Invoiced(String accountKey, DateRange period) {
    }

    /** A money budget's agreed amount and forecast at the end of its current period. */
    public record BudgetForecast(long budgetId, String name, Long projectId, String accountKey, DateRange period, Money budget, Money forecast) {
    }
}

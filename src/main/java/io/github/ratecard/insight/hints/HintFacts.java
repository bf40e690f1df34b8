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
 * ledger's entries): the accounts, each person's months on the accounts' projects of the last
 * {@link #WORK_MONTHS} months, accounts' and projects' monthly figures of the last {@link #MONTHS}
 * months, issued invoices' periods, budgets' forecasts, the rate card, each person's expected and
 * logged time (on every project) per month and the overhead rates.
 */
public record HintFacts(LocalDate today, Currency baseCurrency, int uninvoicedDays, List<Account> accounts, List<WorkMonth> work,
                        List<AccountMonth> accountMonths, List<Invoiced> invoiced, List<BudgetForecast> budgets, List<Rate> rates,
                        Map<String, Map<YearMonth, Long>> expectedSeconds, Overheads overheads, List<ProjectMonth> projectMonths,
                        Map<String, Map<YearMonth, Long>> loggedSeconds) {

    /** How far back the facts reach, this month included. */
    public static final int MONTHS = 13;
    /** How far back the per-person rows ({@link #work()}) reach, this month included. */
    public static final int WORK_MONTHS = 3;

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
        projectMonths = List.copyOf(projectMonths);
        loggedSeconds = Map.copyOf(loggedSeconds);
    }

    /** A person's logged seconds of a month on every project, linked to an account or not; 0 when none are known. */
    public long loggedSeconds(String userKey, YearMonth month) {
        return loggedSeconds.getOrDefault(userKey, Map.of()).getOrDefault(month, 0L);
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

    /**
     * A project's month for one account (or none), over every person and currency: whether it has rollups at all and how many of
     * its entries lack a price.
     */
    public record ProjectMonth(long projectId, String accountKey, YearMonth month, long unpriced) {
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

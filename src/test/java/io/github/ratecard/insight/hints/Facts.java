package io.github.ratecard.insight.hints;

import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.money.Money;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-made facts for the rules' tests: today is 2026-06-15, the base currency EUR, invoices due 30 days after the month. */
final class Facts {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final YearMonth JUNE = YearMonth.of(2026, 6);
    static final Currency EUR = Currency.getInstance("EUR");
    static final long HOUR = 3600;

    private final List<HintFacts.Account> accounts = new ArrayList<>();
    private final List<HintFacts.WorkMonth> work = new ArrayList<>();
    private final List<HintFacts.AccountMonth> accountMonths = new ArrayList<>();
    private final io.github.ratecard.budget.OverheadRates overheads = new io.github.ratecard.budget.OverheadRates();
    private final Map<Long, String> overheadProjects = new HashMap<>();
    private final List<HintFacts.Invoiced> invoiced = new ArrayList<>();
    private final List<HintFacts.BudgetForecast> budgets = new ArrayList<>();
    private final List<Rate> rates = new ArrayList<>();
    private final Map<String, Map<YearMonth, Long>> expected = new HashMap<>();
    private final List<HintFacts.ProjectMonth> projectMonths = new ArrayList<>();
    private final Map<String, Map<YearMonth, Long>> logged = new HashMap<>();

    static Facts facts() {
        return new Facts();
    }

    Facts account(String key, AccountCategory category, BilledTimeRule rule) {
        accounts.add(new HintFacts.Account(key, key + " Ltd", EUR, category, rule));
        return this;
    }

    Facts billable(String key) {
        return account(key, AccountCategory.BILLABLE, BilledTimeRule.EXACT_MINUTES);
    }

    /** Euro amounts in cents. */
    Facts work(long project, String user, String account, YearMonth month, long workedHours, long billedHours, long costCents, long billCents) {
        return person(new HintFacts.WorkMonth(project, user, account, "EUR", month, workedHours * HOUR, billedHours * HOUR, billedHours * HOUR,
                costCents, billCents, 1, 0));
    }

    Facts unpriced(long project, String account, YearMonth month, long entries) {
        return person(new HintFacts.WorkMonth(project, "ann", account, null, month, HOUR, 0, 0, 0, 0, entries, entries));
    }

    /** A person's month on a project of an open account: its row, the project's month and the person's logged time. */
    Facts person(HintFacts.WorkMonth row) {
        work.add(row);
        projectMonths.add(new HintFacts.ProjectMonth(row.projectId(), row.accountKey(), row.month(), row.unpriced()));
        return loggedElsewhere(row.userKey(), row.month(), row.workedSeconds());
    }

    /** Time a person logged on a project linked to no open account: it counts only towards their logged time. */
    Facts loggedElsewhere(String user, YearMonth month, long seconds) {
        logged.computeIfAbsent(user, k -> new HashMap<>()).merge(month, seconds, Long::sum);
        return this;
    }

    Facts accountMonth(String account, YearMonth month, long workedSeconds, long billableSeconds, long billedSeconds, long billCents) {
        accountMonths.add(new HintFacts.AccountMonth(account, "EUR", month, workedSeconds, billableSeconds, billedSeconds, billCents, 1, 0, 0, 1));
        return this;
    }

    /** A month whose one entry has a value at bill rates ({@code valueCents}, billable or not). */
    Facts valuedAccountMonth(String account, YearMonth month, long workedSeconds, long billableSeconds, long billedSeconds, long billCents,
                             long valueCents) {
        accountMonths.add(new HintFacts.AccountMonth(account, "EUR", month, workedSeconds, billableSeconds, billedSeconds, billCents, 1, 0,
                valueCents, 0));
        return this;
    }

    Facts invoiced(String account, LocalDate first, LocalDate last) {
        invoiced.add(new HintFacts.Invoiced(account, new DateRange(first, last)));
        return this;
    }

    Facts budget(long id, String agreed, String forecast) {
        budgets.add(new HintFacts.BudgetForecast(id, "Budget " + id, 10L, null, new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                Money.parse(agreed, "EUR"), Money.parse(forecast, "EUR")));
        return this;
    }

    Facts rate(RateScope scope, String amount, LocalDate from) {
        rates.add(new Rate(rates.size() + 1, scope, new HourlyRate(new BigDecimal(amount), EUR), EffectivePeriod.from(from)));
        return this;
    }

    Facts expected(String user, YearMonth month, long hours) {
        expected.computeIfAbsent(user, k -> new HashMap<>()).put(month, hours * HOUR);
        return this;
    }

    Facts overhead(long projectId, String projectKey, String percent) {
        overheads.project(projectKey, LocalDate.of(2020, 1, 1), new BigDecimal(percent));
        overheadProjects.put(projectId, projectKey);
        return this;
    }

    HintFacts build() {
        return new HintFacts(TODAY, EUR, 30, accounts, work, accountMonths, invoiced, budgets, rates, expected,
                new Overheads(overheads, overheadProjects), projectMonths, logged);
    }
}

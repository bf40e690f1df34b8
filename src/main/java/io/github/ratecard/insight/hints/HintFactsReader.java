package io.github.ratecard.insight.hints;

import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.BudgetStatus;
import io.github.ratecard.budget.BudgetStore;
import io.github.ratecard.capacity.CapacityCalendar;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.RollupStore;
import io.github.ratecard.rates.RateFilter;
import io.github.ratecard.rates.RateStore;
import io.github.ratecard.rates.RateType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Reads the facts of one run: open accounts, their monthly rollups, their projects' monthly rollups per person
 * (of the last {@link HintFacts#WORK_MONTHS} months) and per account (of all {@link HintFacts#MONTHS}), every person's
 * logged time of the last complete month on every project, the projects' links and the issued invoices of all accounts
 * (each in one read, rollups added up in the database), the money budgets running today and their forecasts, the rate
 * card, and capacity for the people in the rollups. The number of queries grows with pages of open accounts and with
 * budgets, never with the ledger's entries.
 */
public final class HintFactsReader {

    private static final int PAGE = 200;

    private final AccountStore accounts;
    private final RollupStore rollups;
    private final HintSources sources;
    private final BudgetStore budgets;
    private final BudgetReporter reporter;
    private final RateStore rates;
    private final CapacityCalendar capacity;
    private final ProjectDirectory projects;
    private final ReportingSettings settings;
    private final HintSettings hintSettings;
    private final io.github.ratecard.budget.OverheadStore overhead;

    public HintFactsReader(AccountStore accounts, RollupStore rollups, HintSources sources, BudgetStore budgets, BudgetReporter reporter,
                           RateStore rates, CapacityCalendar capacity, ProjectDirectory projects, ReportingSettings settings,
                           HintSettings hintSettings, io.github.ratecard.budget.OverheadStore overhead) {
        this.overhead = overhead;
        this.accounts = accounts;
        this.rollups = rollups;
        this.sources = sources;
        this.budgets = budgets;
        this.reporter = reporter;
        this.rates = rates;
        this.capacity = capacity;
        this.projects = projects;
        this.settings = settings;
        this.hintSettings = hintSettings;
    }

    public HintFacts read(LocalDate today) {
        YearMonth to = YearMonth.from(today);
        YearMonth from = to.minusMonths(HintFacts.MONTHS - 1);
        YearMonth lastComplete = to.minusMonths(1);
        List<HintFacts.Account> open = new ArrayList<>();
        List<HintFacts.AccountMonth> accountMonths = new ArrayList<>();
        Map<String, List<Rollup>> ofAccounts = new HashMap<>();
        rollups.monthly(Rollup.Kind.ACCOUNT, from, to).forEach(rollup ->
                ofAccounts.computeIfAbsent(rollup.key().accountKey(), key -> new ArrayList<>()).add(rollup));
        Map<String, Set<Long>> links = sources.linkedProjects();
        TreeSet<Long> projectIds = new TreeSet<>();
        Set<String> openKeys = new HashSet<>();
        for (ClientAccount account : openAccounts()) {
            open.add(new HintFacts.Account(account.key(), account.name(), account.currency(), account.category(), account.billedTime()));
            openKeys.add(account.key());
            for (Rollup rollup : ofAccounts.getOrDefault(account.key(), List.of())) {
                accountMonths.add(new HintFacts.AccountMonth(account.key(), rollup.key().currency(), rollup.key().month(), rollup.workedSeconds(),
                        rollup.billableSeconds(), rollup.billedSeconds(), rollup.billMinor(), rollup.entries(), rollup.unpriced(),
                        rollup.valueMinor(), rollup.unvalued()));
            }
            projectIds.addAll(links.getOrDefault(account.key(), Set.of()));
        }
        List<HintFacts.Invoiced> invoiced = sources.issuedPeriods(new DateRange(from.atDay(1), today)).stream()
                .filter(invoice -> openKeys.contains(invoice.accountKey())).toList();
        List<HintFacts.ProjectMonth> projectMonths = sources.projectMonths(from, to).stream()
                .filter(row -> projectIds.contains(row.projectId())).toList();
        List<HintFacts.WorkMonth> work = new ArrayList<>();
        for (Rollup rollup : rollups.monthly(Rollup.Kind.PROJECT, to.minusMonths(HintFacts.WORK_MONTHS - 1), to)) {
            Rollup.Key key = rollup.key();
            if (key.projectId() != null && projectIds.contains(key.projectId())) {
                work.add(new HintFacts.WorkMonth(key.projectId(), key.userKey(), key.accountKey(), key.currency(), key.month(), rollup.workedSeconds(),
                        rollup.billableSeconds(), rollup.billedSeconds(), rollup.costMinor(), rollup.billMinor(), rollup.entries(),
                        rollup.unpriced()));
            }
        }
        List<io.github.ratecard.rates.Rate> rateCard = new ArrayList<>(rates.find(RateFilter.ofType(RateType.COST)));
        rateCard.addAll(rates.find(RateFilter.ofType(RateType.BILL)));
        Map<String, Map<YearMonth, Long>> logged = new HashMap<>();
        sources.loggedSeconds(lastComplete).forEach((user, seconds) -> logged.put(user, Map.of(lastComplete, seconds)));
        return new HintFacts(today, settings.baseCurrency(), hintSettings.uninvoicedDays(), open, work, accountMonths, invoiced,
                forecasts(today), rateCard, expected(work, lastComplete), overheads(projectIds), projectMonths, logged);
    }

    private Overheads overheads(java.util.Collection<Long> projectIds) {
        Map<Long, String> keys = new HashMap<>();
        projectIds.forEach(id -> projects.byId(id).ifPresent(project -> keys.put(id, project.key())));
        return new Overheads(io.github.ratecard.budget.OverheadRates.of(overhead.all()), keys);
    }

    private List<ClientAccount> openAccounts() {
        List<ClientAccount> found = new ArrayList<>();
        Page<ClientAccount> page;
        do {
            page = accounts.accounts(AccountStatus.OPEN, found.size(), PAGE);
            found.addAll(page.items());
        } while (!page.items().isEmpty() && found.size() < page.total());
        return found;
    }

    private List<HintFacts.BudgetForecast> forecasts(LocalDate today) {
        List<HintFacts.BudgetForecast> found = new ArrayList<>();
        for (Budget budget : budgets.activeOn(today)) {
            Optional<BudgetStatus> money = reporter.standing(budget, today).money();
            if (money.isEmpty()) {
                continue;
            }
            Long projectId = budget.scope().kind() == BudgetScope.Kind.PROJECT
                    ? projects.byKey(budget.scope().key()).map(ProjectRef::id).orElse(null) : null;
            String accountKey = budget.scope().kind() == BudgetScope.Kind.ACCOUNT ? budget.scope().key() : null;
            found.add(new HintFacts.BudgetForecast(budget.id(), budget.scope().kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                    + budget.scope().key(), projectId, accountKey, money.get().period(), money.get().budget(), money.get().forecast()));
        }
        return found;
    }

    /** Expected seconds of the people in the rollups, for the last complete month (what the capacity rule compares). */
    private Map<String, Map<YearMonth, Long>> expected(List<HintFacts.WorkMonth> work, YearMonth month) {
        TreeSet<String> users = new TreeSet<>();
        work.stream().filter(row -> month.equals(row.month()) && row.userKey() != null).forEach(row -> users.add(row.userKey()));
        if (users.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<YearMonth, Long>> expected = new HashMap<>();
        for (Map.Entry<String, SortedMap<LocalDate, Long>> user : capacity.expectedSeconds(users,
                new DateRange(month.atDay(1), month.atEndOfMonth())).entrySet()) {
            long seconds = user.getValue().values().stream().mapToLong(Long::longValue).sum();
            expected.put(user.getKey(), Map.of(month, seconds));
        }
        return expected;
    }
}

package io.github.ratecard.insight.hints;

import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.billing.ProjectAccountLink;
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
import io.github.ratecard.invoice.Invoice;
import io.github.ratecard.invoice.InvoiceFilter;
import io.github.ratecard.invoice.InvoiceKind;
import io.github.ratecard.invoice.InvoiceStatus;
import io.github.ratecard.invoice.InvoiceStore;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.RollupStore;
import io.github.ratecard.rates.RateFilter;
import io.github.ratecard.rates.RateStore;
import io.github.ratecard.rates.RateType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Reads the facts of one run: open accounts, their monthly rollups and their projects' monthly
 * rollups (each kind in one read, added up in the database), issued invoices, the money budgets running
 * today and their forecasts, the rate card, and capacity for the people in the rollups. The number of
 * queries grows with accounts and budgets, never with the ledger's entries.
 */
public final class HintFactsReader {

    private static final int PAGE = 200;

    private final AccountStore accounts;
    private final RollupStore rollups;
    private final InvoiceStore invoices;
    private final BudgetStore budgets;
    private final BudgetReporter reporter;
    private final RateStore rates;
    private final CapacityCalendar capacity;
    private final ProjectDirectory projects;
    private final ReportingSettings settings;
    private final HintSettings hintSettings;
    private final io.github.ratecard.budget.OverheadStore overhead;

    public HintFactsReader(AccountStore accounts, RollupStore rollups, InvoiceStore invoices, BudgetStore budgets, BudgetReporter reporter,
                           RateStore rates, CapacityCalendar capacity, ProjectDirectory projects, ReportingSettings settings,
                           HintSettings hintSettings, io.github.ratecard.budget.OverheadStore overhead) {
        this.overhead = overhead;
        this.accounts = accounts;
        this.rollups = rollups;
        this.invoices = invoices;
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
        List<HintFacts.Account> open = new ArrayList<>();
        List<HintFacts.AccountMonth> accountMonths = new ArrayList<>();
        List<HintFacts.Invoiced> invoiced = new ArrayList<>();
        TreeSet<Long> projectIds = new TreeSet<>();
        Map<String, List<Rollup>> ofAccounts = new HashMap<>();
        rollups.monthly(Rollup.Kind.ACCOUNT, from, to).forEach(rollup ->
                ofAccounts.computeIfAbsent(rollup.key().accountKey(), key -> new ArrayList<>()).add(rollup));
        for (ClientAccount account : openAccounts()) {
            open.add(new HintFacts.Account(account.key(), account.name(), account.currency(), account.category(), account.billedTime()));
            for (Rollup rollup : ofAccounts.getOrDefault(account.key(), List.of())) {
                accountMonths.add(new HintFacts.AccountMonth(account.key(), rollup.key().currency(), rollup.key().month(), rollup.workedSeconds(),
                        rollup.billableSeconds(), rollup.billedSeconds(), rollup.billMinor(), rollup.entries(), rollup.unpriced(),
                        rollup.valueMinor(), rollup.unvalued()));
            }
            accounts.linksOfAccount(account.key()).stream().map(ProjectAccountLink::projectId).forEach(projectIds::add);
            invoiced.addAll(issuedPeriods(account.key(), new DateRange(from.atDay(1), today)));
        }
        Map<Long, List<Rollup>> ofProjects = new HashMap<>();
        rollups.monthly(Rollup.Kind.PROJECT, from, to).stream()
                .filter(rollup -> rollup.key().projectId() != null && projectIds.contains(rollup.key().projectId())).forEach(rollup ->
                ofProjects.computeIfAbsent(rollup.key().projectId(), id -> new ArrayList<>()).add(rollup));
        List<HintFacts.WorkMonth> work = new ArrayList<>();
        for (long projectId : projectIds) {
            for (Rollup rollup : ofProjects.getOrDefault(projectId, List.of())) {
                Rollup.Key key = rollup.key();
                work.add(new HintFacts.WorkMonth(projectId, key.userKey(), key.accountKey(), key.currency(), key.month(), rollup.workedSeconds(),
                        rollup.billableSeconds(), rollup.billedSeconds(), rollup.costMinor(), rollup.billMinor(), rollup.entries(),
                        rollup.unpriced()));
            }
        }
        List<io.github.ratecard.rates.Rate> rateCard = new ArrayList<>(rates.find(RateFilter.ofType(RateType.COST)));
        rateCard.addAll(rates.find(RateFilter.ofType(RateType.BILL)));
        return new HintFacts(today, settings.baseCurrency(), hintSettings.uninvoicedDays(), open, work, accountMonths, invoiced,
                forecasts(today), rateCard, expected(work, to.minusMonths(1)), overheads(projectIds));
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

    private List<HintFacts.Invoiced> issuedPeriods(String accountKey, DateRange days) {
        List<HintFacts.Invoiced> found = new ArrayList<>();
        Page<Invoice> page;
        int offset = 0;
        do {
            page = invoices.list(InvoiceFilter.of(accountKey, InvoiceStatus.ISSUED, InvoiceKind.INVOICE).during(days), offset, PAGE);
            page.items().forEach(invoice -> found.add(new HintFacts.Invoiced(accountKey, invoice.header().period())));
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
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

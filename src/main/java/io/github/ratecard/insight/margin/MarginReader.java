package io.github.ratecard.insight.margin;

import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.budget.IssueFacts;
import io.github.ratecard.budget.OverheadRates;
import io.github.ratecard.budget.OverheadStore;
import io.github.ratecard.budget.ScopeWork;
import io.github.ratecard.contract.Contract;
import io.github.ratecard.contract.ContractBook;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRates;
import io.github.ratecard.fx.RateTable;
import io.github.ratecard.ledger.LedgerQueries;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.WorkSlice;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.StaffLevel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads what a profitability report needs and computes it. The reads do not depend on the
 * ledger's size: the PROJECT rollups of the months added up in the database into the report's lines
 * (one read: per project × account × currency × month, and per person too by person and by staff
 * level; of the account asked for only, when one is), issued documents, expenses, default accounts,
 * overhead rates and, by staff level, one read per level; names come from the directories, one look-up
 * per key; every contract (a read of the accounts with one, then three reads), and the exchange-rate table's entries
 * for the report's bill currencies, one read. By epic, the chosen project's ledger entries are read instead of its rollups, one read per
 * month (through the ledger's project and day index), and the issues' epics in a few reads. A project
 * lead's projects are chosen here, not in the read: what an account's invoices say is spread over all of
 * the account's work, including that of projects the lead does not see.
 */
public final class MarginReader {

    private final MarginSources sources;
    private final LedgerQueries ledger;
    private final ScopeWork work;
    private final ProjectDirectory projects;
    private final UserDirectory users;
    private final AccountStore accounts;
    private final LevelStore levels;
    private final OverheadStore overhead;
    private final ReportingSettings settings;
    private final ContractBook contracts;
    private final ExchangeRates rates;

    /** Without contracts or exchange-rate table: every account bills time and materials, only invoices' frozen rates convert. */
    public MarginReader(MarginSources sources, LedgerQueries ledger, ScopeWork work, ProjectDirectory projects, UserDirectory users,
                        AccountStore accounts, LevelStore levels, OverheadStore overhead, ReportingSettings settings) {
        this(sources, ledger, work, projects, users, accounts, levels, overhead, settings, null, null);
    }

    /** {@code contracts}: one read per account with figures; {@code rates}: one read of the table for the report's currencies. */
    public MarginReader(MarginSources sources, LedgerQueries ledger, ScopeWork work, ProjectDirectory projects, UserDirectory users,
                        AccountStore accounts, LevelStore levels, OverheadStore overhead, ReportingSettings settings, ContractBook contracts,
                        ExchangeRates rates) {
        this.contracts = contracts;
        this.rates = rates;
        this.sources = sources;
        this.ledger = ledger;
        this.work = work;
        this.projects = projects;
        this.users = users;
        this.accounts = accounts;
        this.levels = levels;
        this.overhead = overhead;
        this.settings = settings;
    }

    /**
     * The report of the rows of projects {@code shownProject} accepts (by project id); {@code everyProject}: the viewer sees
     * every project (finance), and so, without a project filter, also what belongs to no project — a contract's fee of a month
     * without work on an account that is no project's default account.
     */
    public MarginReport report(MarginQuery query, Predicate<Long> shownProject, boolean everyProject) {
        Map<Long, Optional<ProjectRef>> projectsById = new HashMap<>();
        Map<String, Optional<ProjectRef>> projectsByKey = new HashMap<>();
        boolean byPerson = query.by() == MarginGrouping.LEVEL || query.by() == MarginGrouping.PERSON;
        MonthlyLevels monthlyLevels = query.by() == MarginGrouping.LEVEL ? monthlyLevels() : new MonthlyLevels();
        Long onlyProject = query.projectKey() == null ? null
                : projectsByKey.computeIfAbsent(query.projectKey(), projects::byKey).map(ProjectRef::id).orElse(-1L);
        List<MarginLine> lines = new ArrayList<>();
        for (Rollup rollup : sources.work(query.readFrom(), query.to(), byPerson, query.accountKey())) {
            Rollup.Key key = rollup.key();
            if (query.by() == MarginGrouping.EPIC && key.projectId().equals(onlyProject)) {
                continue;
            }
            String projectKey = projectsById.computeIfAbsent(key.projectId(), projects::byId).map(ProjectRef::key).orElse("#" + key.projectId());
            String level = key.userKey() == null ? null : monthlyLevels.levelIn(key.userKey(), key.month());
            lines.add(new MarginLine(projectKey, key.userKey(), key.accountKey(), null, level, key.currency(), key.month(),
                    new MarginWork(rollup.workedSeconds(), rollup.billableSeconds(), rollup.billedSeconds(), rollup.costMinor(),
                            rollup.billMinor(), rollup.valueMinor(), rollup.entries(), rollup.unpriced(), rollup.unvalued())));
        }
        if (query.by() == MarginGrouping.EPIC && onlyProject >= 0) {
            lines.addAll(epicLines(query, onlyProject, monthlyLevels));
        }
        Map<Long, String> defaults = sources.defaultAccounts();
        List<MarginExpense> expenses = new ArrayList<>();
        for (MarginExpense expense : sources.expenses(query.readFrom(), query.to())) {
            String account = projectsByKey.computeIfAbsent(expense.projectKey(), projects::byKey).map(p -> defaults.get(p.id())).orElse(null);
            expenses.add(new MarginExpense(expense.projectKey(), account, expense.month(), expense.currency(), expense.amountMinor(),
                    expense.billedMinor()));
        }
        Predicate<String> shown = projectKey -> {
            if (MarginLine.NONE.equals(projectKey)) {
                return everyProject && onlyProject == null;
            }
            Optional<ProjectRef> project = projectsByKey.computeIfAbsent(projectKey, projects::byKey);
            return project.isPresent() && shownProject.test(project.get().id())
                    && (onlyProject == null || onlyProject == project.get().id());
        };
        List<IssuedDocument> documents = sources.issuedDocuments(query.readFrom(), query.to());
        Map<String, Contract> contractsByAccount = contractsOf();
        ContractRevenue revenue = ContractRevenue.of(contractsByAccount, defaultProjects(defaults, contractsByAccount.keySet()), documents,
                query.readFrom(), query.to());
        MarginInputs inputs = new MarginInputs(settings.baseCurrency(), lines,
                InvoicedCells.of(documents, settings.baseCurrency(), billingLines(lines, expenses), contractsByAccount),
                expenses,
                OverheadRates.of(overhead.all()), shown, query.accountKey(), revenue, rateTable(lines, documents, contractsByAccount.values(), query));
        return MarginCalculator.report(inputs, query.by(), query.from(), query.to(), new MarginLabels(projects, users, accounts));
    }

    /**
     * The contract of every account that has one (a retainer's fee counts in a month without work too: on the project the
     * account is the default account of, else on no project): a few reads whatever the ledger's size; none without a contract book.
     */
    private Map<String, Contract> contractsOf() {
        return contracts == null ? new HashMap<>() : new HashMap<>(contracts.contracts(contracts.accountsWithContract()));
    }

    private Map<String, String> defaultProjects(Map<Long, String> defaults, Set<String> accountKeys) {
        Map<String, Long> lowest = new HashMap<>();
        defaults.forEach((projectId, accountKey) -> {
            if (accountKeys.contains(accountKey)) {
                lowest.merge(accountKey, projectId, Math::min);
            }
        });
        Map<String, String> keys = new HashMap<>();
        lowest.forEach((accountKey, projectId) -> projects.byId(projectId).ifPresent(project -> keys.put(accountKey, project.key())));
        return keys;
    }

    /** The exchange-rate table's entries from every bill currency of the work, documents and contracts to the base currency: one read. */
    private RateTable rateTable(List<MarginLine> lines, List<IssuedDocument> documents, java.util.Collection<Contract> contracts,
                                MarginQuery query) {
        Currency base = settings.baseCurrency();
        Set<CurrencyPair> pairs = new HashSet<>();
        lines.stream().map(MarginLine::currency).filter(java.util.Objects::nonNull).map(Currency::getInstance).filter(c -> !c.equals(base))
                .forEach(currency -> pairs.add(new CurrencyPair(currency, base)));
        documents.stream().map(IssuedDocument::currency).map(Currency::getInstance).filter(c -> !c.equals(base))
                .forEach(currency -> pairs.add(new CurrencyPair(currency, base)));
        contracts.stream().map(Contract::currency).filter(c -> !c.equals(base)).forEach(currency -> pairs.add(new CurrencyPair(currency, base)));
        if (rates == null || pairs.isEmpty()) {
            return RateTable.empty();
        }
        return rates.tableFor(pairs, new DateRange(query.readFrom().atDay(1), query.to().atEndOfMonth()));
    }

    /** Every line that bills: the work, and what the expenses bill. */
    private static List<MarginLine> billingLines(List<MarginLine> work, List<MarginExpense> expenses) {
        List<MarginLine> lines = new ArrayList<>(work);
        expenses.stream().filter(expense -> expense.billedMinor() != 0).map(MarginExpense::billing).forEach(lines::add);
        return lines;
    }

    /** The project's work per issue's epic, author, account and month, read month by month. */
    private List<MarginLine> epicLines(MarginQuery query, long projectId, MonthlyLevels monthlyLevels) {
        String projectKey = query.projectKey();
        Map<YearMonth, List<WorkSlice>> byMonth = new HashMap<>();
        Set<Long> issueIds = new HashSet<>();
        for (YearMonth month = query.readFrom(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            List<WorkSlice> slices = ledger.slices(projectId, null, List.of(), month.atDay(1), month.atEndOfMonth());
            byMonth.put(month, slices);
            slices.forEach(slice -> issueIds.add(slice.issueId()));
        }
        Map<Long, IssueFacts> facts = issueIds.isEmpty() ? Map.of() : work.factsOf(issueIds);
        List<MarginLine> lines = new ArrayList<>();
        byMonth.forEach((month, slices) -> {
            for (WorkSlice slice : slices) {
                IssueFacts issue = facts.get(slice.issueId());
                String epic = issue == null ? null : issue.epicKey();
                lines.add(new MarginLine(projectKey, slice.authorKey(), slice.accountKey(), epic, monthlyLevels.levelIn(slice.authorKey(), month),
                        slice.billCurrency(), month, new MarginWork(slice.workedSeconds(), 0, slice.billedSeconds(), slice.costMinor(),
                        slice.billMinor(), 0, slice.entries(), slice.unpriced(), slice.entries())));
            }
        });
        return lines;
    }

    /** Every staff level's assignments: one read per level. */
    private MonthlyLevels monthlyLevels() {
        MonthlyLevels monthly = new MonthlyLevels();
        for (StaffLevel level : levels.levels()) {
            for (LevelAssignment assignment : levels.assignmentsOfLevel(level.id())) {
                monthly.held(assignment.userKey(), level.name(), assignment.period());
            }
        }
        return monthly;
    }
}

package io.github.ratecard.bench;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.billing.AccountCategory;
import io.github.ratecard.app.AccountService;
import io.github.ratecard.billing.AccountStatus;
import io.github.ratecard.billing.BilledTimeRule;
import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.app.RateCardService;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.ledger.RepricingRequests;
import io.github.ratecard.ledger.RetryQueue;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.domain.UserRef;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.InvoiceIssuing;
import io.github.ratecard.invoice.IssueSearch;
import io.github.ratecard.jobs.JobService;
import io.github.ratecard.jobs.JobWorker;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.app.LevelService;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.StaffLevel;
import io.github.ratecard.store.AoInvoicedWorkStore;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoOverheadStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.testing.ao.TestDatabase;
import io.github.ratecard.testing.ao.TestTransactionalExecutors;
import io.github.ratecard.testing.wiring.App;
import io.github.ratecard.testing.wiring.AppWiring;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The app the benchmark measures, from the plugin context on the benchmark's database: projects P1 … P5
 * and every user known to Jira, an administrator in finance acting, the open issues of
 * {@link BudgetFigures.OpenIssues}, and the worklogs the back-fill reads set per run.
 */
final class BenchApp implements AutoCloseable {

    private static final int PROJECTS = 5;
    /** The projects Jira knows: the ledger figures' P1 … P5 and the Insights figures' P1 … P50. */
    private static final int KNOWN_PROJECTS = InsightsFigures.ACCOUNTS;

    private final App app;
    private final SwitchedSource worklogs = new SwitchedSource();
    private volatile RepricingRequests repricing = RepricingRequests.NONE;
    final WorklogPricer pricer;
    final WorklogIntake intake;
    final JobService jobs;
    final AoLedgerQueries queries;
    final AoRollupStore rollups;
    final InvoiceDrafts drafts;
    final InvoiceIssuing issuing;
    final AoInvoicedWorkStore invoicedWork;
    final BudgetReporter reporter;
    final AoOverheadStore overhead;
    final io.github.ratecard.insight.margin.MarginReader margin;
    final RetryQueue retries;
    private final io.github.ratecard.store.AoPeriodCloseStore closes;
    private final io.github.ratecard.store.AoPendingChangeStore pendingChanges;

    /** The statements prepared on the connections of SAL's executor (the app's plain JDBC reads and writes). */
    final java.util.concurrent.atomic.AtomicInteger jdbcStatements = new java.util.concurrent.atomic.AtomicInteger();

    private java.sql.Connection counted(java.sql.Connection connection) {
        return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(BenchApp.class.getClassLoader(),
                new Class<?>[] {java.sql.Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        jdbcStatements.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    BenchApp(TestDatabase database, ZoneId zone, int batch) {
        app = AppWiring.fromPluginContext().lazily()
                .hostService("activeObjects", database.activeObjects())
                .hostService("transactionalExecutorFactory", new TestTransactionalExecutors(database, this::counted))
                .standIn("defaultZone", (Supplier<ZoneId>) () -> zone)
                .standIn("accessPolicy", benchUser())
                .standIn("projectDirectory", projects())
                .standIn("userDirectory", new UserDirectory() {
                    @Override
                    public Optional<UserRef> byKey(String key) {
                        return Optional.of(new UserRef(key, key));
                    }

                    @Override
                    public java.util.List<UserRef> search(io.github.ratecard.domain.SearchQuery query, int limit) {
                        return java.util.List.of();
                    }
                })
                .standIn("scopeWork", new BudgetFigures.OpenIssues())
                .standIn("teamDirectory", (io.github.ratecard.insight.utilisation.TeamDirectory) InsightsFigures::teamMembers)
                .standIn("issueSearch", (IssueSearch) (jql, user) -> {
                    throw new IllegalStateException("The benchmark's drafts are not narrowed by JQL");
                })
                .standIn("worklogSource", worklogs)
                .standIn("milestones", (io.github.ratecard.contract.Milestones) keys -> java.util.Map.of())
                // the rate card is seeded before any worklog is priced: nothing to re-price until the re-pricing figures ask
                .argument("pricingVersion", 1, (RepricingRequests) work -> repricing.reprice(work))
                .argument("jobWorker", 9, batch)
                .start();
        pricer = app.bean(WorklogPricer.class);
        intake = app.bean(WorklogIntake.class);
        jobs = app.bean(JobService.class);
        queries = app.bean(AoLedgerQueries.class);
        rollups = app.bean(AoRollupStore.class);
        drafts = app.bean(InvoiceDrafts.class);
        issuing = app.bean(InvoiceIssuing.class);
        invoicedWork = app.bean(AoInvoicedWorkStore.class);
        reporter = app.bean(BudgetReporter.class);
        overhead = app.bean(AoOverheadStore.class);
        margin = app.bean(io.github.ratecard.insight.margin.MarginReader.class);
        retries = app.bean(RetryQueue.class);
        closes = app.bean(io.github.ratecard.store.AoPeriodCloseStore.class);
        pendingChanges = app.bean(io.github.ratecard.store.AoPendingChangeStore.class);
    }

    /** Closes or reopens the month for every project, as finance would. */
    void closeMonth(java.time.YearMonth month, io.github.ratecard.approval.CloseAction action) {
        io.github.ratecard.approval.CloseScope scope = io.github.ratecard.approval.CloseScope.GLOBAL;
        closes.prepare(scope, month);
        closes.apply(scope, month, new io.github.ratecard.approval.CloseEvent(action, "finance", java.time.Instant.now(),
                action == io.github.ratecard.approval.CloseAction.REOPEN ? "benchmark round done" : null));
    }

    /** The open pending changes of the bench's projects. */
    long openPendingChanges() {
        long open = 0;
        for (long project = 1; project <= PROJECTS; project++) {
            open += pendingChanges.openOfProject(project).size();
        }
        return open;
    }

    /** The job worker, its back-fill reading {@code source}. */
    JobWorker worker(WorklogSource source) {
        worklogs.target = source;
        return app.bean(JobWorker.class);
    }

    /** From now on, a change of the rate card queues its re-pricing jobs, as in Jira. */
    void repriceRateCardChanges() {
        repricing = jobs;
    }

    <T> T bean(Class<T> type) {
        return app.bean(type);
    }

    /** Two levels with a promotion, cost rates per level and user, two billing accounts and an internal one, one project without. */
    void seedRateCard(int users) {
        LevelService levelService = app.bean(LevelService.class);
        RateCardService rateService = app.bean(RateCardService.class);
        AccountService accountService = app.bean(AccountService.class);
        LocalDate start = LocalDate.parse("2026-01-01");
        StaffLevel agent = levelService.create("Agent", "");
        StaffLevel senior = levelService.create("Senior", "");
        for (int u = 0; u < users; u++) {
            levelService.assign("u" + u, (u % 4 == 0 ? senior : agent).id(), EffectivePeriod.from(start));
        }
        levelService.assign("u1", senior.id(), EffectivePeriod.from(LocalDate.parse("2026-07-01")));
        rateService.add(RateScope.global(), HourlyRate.parse("30", "EUR"), EffectivePeriod.from(start));
        rateService.add(RateScope.level(agent.id()), HourlyRate.parse("32.50", "EUR"), EffectivePeriod.from(start));
        rateService.add(RateScope.level(senior.id()), HourlyRate.parse("45", "EUR"), EffectivePeriod.from(start));
        rateService.add(RateScope.user("u7"), HourlyRate.parse("51.25", "EUR"), EffectivePeriod.from(start));
        for (String key : List.of("ACME", "GLOBEX")) {
            accountService.create(new ClientAccount(key, key, key, Currency.getInstance("EUR"), AccountCategory.BILLABLE, AccountStatus.OPEN,
                    new BilledTimeRule(15, BilledTimeRule.Mode.UP, 0), new BigDecimal("19"), null));
            rateService.add(RateScope.account(key), HourlyRate.parse(key.equals("ACME") ? "60" : "75", "EUR"), EffectivePeriod.from(start));
            rateService.add(RateScope.accountLevel(key, senior.id()), HourlyRate.parse("95", "EUR"), EffectivePeriod.from(start));
        }
        accountService.create(new ClientAccount("INTERNAL", "Internal", "Internal", Currency.getInstance("EUR"), AccountCategory.INTERNAL,
                AccountStatus.OPEN, BilledTimeRule.EXACT_MINUTES, BigDecimal.ZERO, null));
        accountService.link("P1", "ACME", true);
        accountService.link("P2", "ACME", true);
        accountService.link("P3", "GLOBEX", true);
        accountService.link("P4", "INTERNAL", true);
    }

    @Override
    public void close() {
        app.close();
    }

    private static ProjectDirectory projects() {
        return new ProjectDirectory() {
            @Override
            public Optional<ProjectRef> byKey(String key) {
                return key.matches("P[1-9][0-9]?") ? byId(Long.parseLong(key.substring(1))) : Optional.empty();
            }

            @Override
            public Optional<ProjectRef> byId(long id) {
                return id >= 1 && id <= KNOWN_PROJECTS ? Optional.of(new ProjectRef(id, "P" + id, "Project " + id, "lead")) : Optional.empty();
            }

            @Override
            public java.util.List<ProjectRef> search(io.github.ratecard.domain.SearchQuery query) {
                return java.util.List.of();
            }
        };
    }

    private static AccessPolicy benchUser() {
        return io.github.ratecard.testing.kits.FinanceViewer.of("bench", "Benchmark", true);
    }

    /** The worklogs the back-fill of the current run reads. */
    private static final class SwitchedSource implements WorklogSource {
        private volatile WorklogSource target;

        @Override
        public List<WorklogRecord> after(long worklogId, int limit) {
            return target.after(worklogId, limit);
        }

        @Override
        public long count() {
            return target.count();
        }
    }
}

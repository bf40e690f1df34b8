package io.github.ratecard.sandbox;

import io.github.ratecard.app.AccountService;
import io.github.ratecard.app.RateCardService;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.ledger.WorklogIntake;
import io.github.ratecard.app.LevelService;
import io.github.ratecard.app.SettingsService;
import io.github.ratecard.rest.AccountResource;
import io.github.ratecard.budget.BreakdownReader;
import io.github.ratecard.budget.BudgetCalculator;
import io.github.ratecard.budget.BudgetWatch;
import io.github.ratecard.store.AoAlertStore;
import io.github.ratecard.export.InvoiceDocuments;
import io.github.ratecard.invoice.AdjustmentRecorder;
import io.github.ratecard.invoice.BillableWorkReader;
import io.github.ratecard.invoice.InvoiceNumbering;
import io.github.ratecard.invoice.InvoiceMarks;
import io.github.ratecard.invoice.DraftSources;
import io.github.ratecard.invoice.InvoiceDrafts;
import io.github.ratecard.invoice.InvoiceIssuing;
import io.github.ratecard.invoice.NumberAllocator;
import io.github.ratecard.invoice.WorkBilling;
import io.github.ratecard.rest.BillingReportResource;
import io.github.ratecard.rest.BodySizeLimit;
import io.github.ratecard.rest.ExportFormats;
import io.github.ratecard.rest.InvoiceResource;
import io.github.ratecard.store.AoAdjustmentStore;
import io.github.ratecard.store.AoInvoiceStore;
import io.github.ratecard.store.AoInvoicedWorkStore;
import io.github.ratecard.store.AoNumberSequence;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.app.BudgetService;
import io.github.ratecard.app.ExpenseService;
import io.github.ratecard.budget.ConfiguredFiscalYear;
import io.github.ratecard.app.FiscalYearService;
import io.github.ratecard.app.OverheadService;
import io.github.ratecard.budget.ScopeLabour;
import io.github.ratecard.rest.BudgetResource;
import io.github.ratecard.rest.BudgetScopes;
import io.github.ratecard.rest.ExpenseResource;
import io.github.ratecard.rest.OverheadResource;
import io.github.ratecard.store.AoBudgetStore;
import io.github.ratecard.store.AoExpenseStore;
import io.github.ratecard.store.AoOverheadStore;
import io.github.ratecard.rest.BuildInfo;
import io.github.ratecard.rest.ErrorMappers;
import io.github.ratecard.rest.HealthResource;
import io.github.ratecard.rest.JobResource;
import io.github.ratecard.rest.JsonMapper;
import io.github.ratecard.rest.LedgerResource;
import io.github.ratecard.rest.IssueBillingResource;
import io.github.ratecard.rest.WorklogOverrideResource;
import io.github.ratecard.app.IssueBillingService;
import io.github.ratecard.app.OverrideService;
import io.github.ratecard.web.CostPanel;
import io.github.ratecard.web.PanelBudgets;
import io.github.ratecard.store.AoIssueBillingStore;
import io.github.ratecard.store.AoOverrideStore;
import io.github.ratecard.store.StoredBillingFacts;
import io.github.ratecard.rest.LevelResource;
import io.github.ratecard.rest.ProjectCostsResource;
import io.github.ratecard.rest.ProjectAccountResource;
import io.github.ratecard.rest.RateResource;
import io.github.ratecard.rest.SettingsResource;
import io.github.ratecard.rest.StatusResource;
import io.github.ratecard.rest.UserLevelResource;
import io.github.ratecard.jobs.BackgroundRun;
import io.github.ratecard.jobs.BackgroundStep;
import io.github.ratecard.jobs.StepHealth;
import io.github.ratecard.jobs.JobService;
import io.github.ratecard.jobs.JobWorker;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.store.AoAccountStore;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoLedgerStore;
import io.github.ratecard.store.AoRollupStore;
import io.github.ratecard.store.AoAuditLog;
import io.github.ratecard.store.AoJobStore;
import io.github.ratecard.store.AoRetryQueue;
import io.github.ratecard.store.AoLevelStore;
import io.github.ratecard.store.AoRateStore;
import io.github.ratecard.store.AoSettings;
import io.github.ratecard.store.AoTransactions;
import io.github.ratecard.store.CachedPricingViews;
import io.github.ratecard.store.PricingVersion;
import io.github.ratecard.testing.ao.EntityManagerActiveObjects;
import java.time.Clock;
import java.util.List;

/**
 * The app's components built the way the Spring context builds them in Jira, with the
 * sandbox playing Jira's services. One place, so the sandbox and its tests wire the same app.
 */
final class SandboxApp {

    final SandboxSession session;
    final ProjectDirectory projects;
    final UserDirectory users;
    final AoLevelStore levelStore;
    final AoRateStore rateStore;
    final AoAccountStore accountStore;
    final AoSettings settings;
    final AoTransactions transactions;
    final AoAuditLog audit;
    final LevelService levels;
    final AccountService accounts;
    final RateCardService rates;
    final BuildInfo buildInfo = new BuildInfo();
    final AoLedgerStore ledgerStore;
    final AoRollupStore rollupStore;
    final AoLedgerQueries ledgerQueries;
    final WorklogIntake intake;
    final SettingsService settingsService;
    final AoJobStore jobStore;
    final JobService jobs;
    final AoRetryQueue retries;
    final LedgerKeeper keeper;
    final AoIssueBillingStore issueBillingStore;
    final AoOverrideStore overrideStore;
    final IssueBillingService issueBilling;
    final OverrideService overrides;
    final CostPanel costPanel;
    final JobWorker worker;
    final BudgetService budgets;
    final FiscalYearService fiscalYears;
    final ExpenseService expenses;
    final OverheadService overhead;
    final BudgetReporter budgetReporter;
    final BudgetScopes budgetScopes;
    final BudgetWatch budgetWatch;
    final BreakdownReader breakdowns;
    final SandboxOutbox outbox;
    final AoInvoiceStore invoiceStore;
    final AoInvoicedWorkStore invoicedWork;
    final InvoiceDrafts drafts;
    final InvoiceIssuing issuing;
    final io.github.ratecard.invoice.RepeatableRequests repeatable;
    final NumberAllocator numbers;
    final InvoiceDocuments invoiceDocuments;
    final io.github.ratecard.app.BuyerTermsService buyerTerms;
    final io.github.ratecard.invoice.InvoiceParties parties;
    private final SandboxScheduler scheduler;
    /** How the background job's steps went, as the health endpoint shows it. */
    final StepHealth stepHealth = new StepHealth();
    /** The weeks of recent burn a budget's run-rate forecast averages. */
    static final int BUDGET_BURN_WEEKS = 4;

    final Clock clock;
    private final SandboxStore store;

    SandboxApp(SandboxStore store, EntityManagerActiveObjects ao, Clock clock) {
        this(store, ao, clock, SandboxClusterLock.inProcess(), SandboxConfig.JOB_BATCH, 0);
    }

    /**
     * With the cluster lock the background job takes before each run, the back-fill's batch size,
     * and a pause before each back-fill batch (to play a slow database).
     */
    SandboxApp(SandboxStore store, EntityManagerActiveObjects ao, Clock clock, SandboxClusterLock lock, int jobBatch, long jobPauseMillis) {
        this.clock = clock;
        this.store = store;
        this.scheduler = new SandboxScheduler(lock);
        session = new SandboxSession(projectId -> store.projectById(projectId).map(p -> p.getLeadKey()).orElse(null));
        projects = SandboxDirectories.projects(store);
        users = SandboxDirectories.users(store);
        levelStore = new AoLevelStore(ao);
        rateStore = new AoRateStore(ao);
        accountStore = new AoAccountStore(ao);
        settings = new AoSettings(ao, () -> DemoData.AGENTS_ZONE);
        transactions = new AoTransactions(ao);
        audit = new AoAuditLog(ao, session, clock);
        jobStore = new AoJobStore(ao);
        jobs = new JobService(jobStore, transactions, scheduler, clock);
        PricingVersion pricingVersion = new PricingVersion(ao, jobs);
        levels = new LevelService(levelStore, users, audit, transactions, pricingVersion);
        accounts = new AccountService(accountStore, rateStore, projects, audit, transactions, pricingVersion);
        rates = new RateCardService(rateStore, levelStore, accountStore, projects, users, settings, audit, transactions, pricingVersion);
        settingsService = new SettingsService(settings, settings, rateStore, audit, transactions, pricingVersion);
        ledgerStore = new AoLedgerStore(ao);
        rollupStore = new AoRollupStore(ao);
        ledgerQueries = new AoLedgerQueries(ao);
        retries = new AoRetryQueue(ao);
        issueBillingStore = new AoIssueBillingStore(ao);
        overrideStore = new AoOverrideStore(ao);
        WorklogPricer pricer = new WorklogPricer(new CachedPricingViews(rateStore, levelStore, accountStore, settings, pricingVersion),
                new StoredBillingFacts(issueBillingStore, overrideStore));
        invoiceStore = new AoInvoiceStore(ao);
        invoicedWork = new AoInvoicedWorkStore(ao);
        AoAdjustmentStore adjustments = new AoAdjustmentStore(ao);
        keeper = new LedgerKeeper(ledgerStore, rollupStore, pricer, transactions, clock, new AdjustmentRecorder(invoicedWork, invoiceStore, adjustments), retries);
        issueBilling = new IssueBillingService(issueBillingStore, accountStore, keeper, audit, transactions);
        overrides = new OverrideService(overrideStore, ledgerStore, accountStore, keeper, audit, transactions, clock);

        intake = new WorklogIntake(List.of(keeper), retries, clock);
        WorklogSource worklogs = new WorklogSource() {
            @Override
            public List<WorklogRecord> after(long worklogId, int limit) {
                pause(jobPauseMillis);
                return store.worklogRecordsAfter(worklogId, limit);
            }

            @Override
            public long count() {
                return store.worklogCount();
            }
        };
        AoBudgetStore budgetStore = new AoBudgetStore(ao);
        AoExpenseStore expenseStore = new AoExpenseStore(ao);
        AoOverheadStore overheadStore = new AoOverheadStore(ao);
        ConfiguredFiscalYear fiscalYear = new ConfiguredFiscalYear(settings);
        budgets = new BudgetService(budgetStore, audit, transactions, fiscalYear, users);
        fiscalYears = new FiscalYearService(settings, budgetStore, audit, transactions);
        expenses = new ExpenseService(expenseStore, audit, transactions);
        overhead = new OverheadService(overheadStore, projects, audit, transactions);
        SandboxScopeWork scopeWork = new SandboxScopeWork(store);
        budgetReporter = new BudgetReporter(expenseStore, overheadStore, new ScopeLabour(ledgerQueries, rollupStore, projects, scopeWork),
                scopeWork, pricer, settings, new BudgetCalculator(fiscalYear, BUDGET_BURN_WEEKS));
        budgetScopes = new BudgetScopes(projects, SandboxDirectories.issues(store), accountStore, session);
        outbox = new SandboxOutbox(store, new SandboxI18n(() -> java.util.Locale.ENGLISH), "", clock);
        budgetWatch = new BudgetWatch(budgetStore, budgetReporter, new AoAlertStore(ao), outbox, projects, SandboxDirectories.issues(store),
                settings, transactions, clock);
        breakdowns = new BreakdownReader(ledgerQueries, scopeWork, projects, users, levelStore, accountStore);
        io.github.ratecard.store.AoBuyerTermsStore buyerTermsStore = new io.github.ratecard.store.AoBuyerTermsStore(ao);
        buyerTerms = new io.github.ratecard.app.BuyerTermsService(buyerTermsStore, accountStore, audit, transactions);
        parties = new io.github.ratecard.invoice.InvoiceParties(settings, accountStore, buyerTermsStore,
                new io.github.ratecard.store.AoInvoicePartiesStore(ao));
        io.github.ratecard.store.AoDraftChoices choices = new io.github.ratecard.store.AoDraftChoices(ao);
        io.github.ratecard.store.AoIssuedNumbers issuedNumbers = new io.github.ratecard.store.AoIssuedNumbers(ao);
        DraftSources sources = new DraftSources(new BillableWorkReader(ledgerQueries, rateStore, scopeWork, users, levelStore, accountStore, projects,
                expenseStore), ledgerStore, choices, invoiceStore, adjustments, new SandboxIssueSearch(store));
        drafts = new InvoiceDrafts(invoiceStore, choices, sources, accountStore, audit, transactions, clock);
        numbers = new NumberAllocator(new AoNumberSequence(ao), issuedNumbers, settings, InvoiceNumbering.DEFAULT, audit, transactions);
        issuing = new InvoiceIssuing(invoiceStore, sources, new WorkBilling(invoicedWork, ledgerStore, adjustments), numbers, parties, accountStore,
                settings, audit, transactions, clock);
        repeatable = new io.github.ratecard.invoice.RepeatableRequests(new io.github.ratecard.store.AoRequestKeys(ao, clock), invoiceStore);
        invoiceDocuments = new InvoiceDocuments(drafts, invoicedWork, parties);
        costPanel = new CostPanel(ledgerQueries, issueBilling, overrideStore, session, users, SandboxSession::locale,
                new PanelBudgets(budgets, budgetReporter, budgetWatch, scopeWork, new SandboxI18n(SandboxSession::locale)),
                new InvoiceMarks(invoicedWork, issuedNumbers, adjustments));
        worker = new JobWorker(jobStore, ledgerStore, rollupStore, keeper, worklogs, retries, intake, transactions, clock, jobBatch);
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether this process is running the background job now, i.e. holds the cluster lock. */
    boolean runsTheBackgroundJob() {
        return scheduler.isRunning();
    }

    /**
     * Runs the background job from now on, as Jira's scheduler does, with {@code beforeWatch} as a
     * step before the budget check. The sandbox starts its first back-fill itself, when its demo needs one.
     */
    void startJobs(Runnable beforeWatch) {
        List<BackgroundStep> steps = new java.util.ArrayList<>(worker.steps());
        steps.add(BackgroundStep.of("demo budgets", (stop, failures) -> beforeWatch.run()));
        steps.add(BackgroundRun.budgetAlerts(budgetWatch));
        scheduler.start(new BackgroundRun(steps, stepHealth, clock));
    }

    void stopJobs() {
        scheduler.stop();
    }

    /** Every REST resource and error mapper the descriptor's REST module serves. */
    /** The REST resources and providers, built as Spring and REST v2 build them in Jira; {@code webSudo} plays Jira's secure administrator sessions. */
    List<Object> restComponents(com.atlassian.sal.api.websudo.WebSudoManager webSudo) {
        io.github.ratecard.rest.SecureAdminSession secure = new io.github.ratecard.rest.SecureAdminSession(session, webSudo);
        return List.of(
                new StatusResource(buildInfo),
                new LevelResource(levels, users, session, clock, secure),
                new UserLevelResource(levels, users, session, clock, secure),
                new AccountResource(accounts, projects, session, secure),
                new ProjectAccountResource(accounts, projects, session, secure),
                new RateResource(rates, projects, session, secure),
                new SettingsResource(settingsService, fiscalYears, numbers, transactions, session, secure),
                new LedgerResource(ledgerQueries, SandboxDirectories.issues(store), session),
                new ProjectCostsResource(rollupStore, projects, settings, session),
                new HealthResource(ledgerQueries, intake, retries, stepHealth, session, secure),
                new JobResource(jobs, session, secure),
                new IssueBillingResource(issueBilling, SandboxDirectories.issues(store), session),
                new WorklogOverrideResource(overrides, session),
                new BudgetResource(budgets, budgetReporter, budgetScopes, accountStore, settings, session, clock),
                new ExpenseResource(expenses, budgetScopes, settings),
                new OverheadResource(overhead, session, secure),
                new InvoiceResource(invoiceStore, drafts, issuing, invoicedWork, invoiceDocuments, new ExportFormats(invoiceStore), session, secure,
                        repeatable),
                new BillingReportResource(drafts, invoiceDocuments, new ExportFormats(invoiceStore), session),
                new io.github.ratecard.rest.AccountInvoicingResource(buyerTerms, session, secure),
                new JsonMapper(),
                new BodySizeLimit(),
                new ErrorMappers.BodyTooLarge(),
                new ErrorMappers.InvalidInput(),
                new ErrorMappers.Conflict(),
                new ErrorMappers.NotFound(),
                new ErrorMappers.AccessDenied(),
                new ErrorMappers.SecureSessionRequired(),
                new ErrorMappers.BadJsonField(),
                new ErrorMappers.NotJson(),
                new ErrorMappers.Unexpected());
    }
}

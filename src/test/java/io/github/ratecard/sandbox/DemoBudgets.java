package io.github.ratecard.sandbox;

import io.github.ratecard.app.BudgetService;
import io.github.ratecard.app.ExpenseService;
import io.github.ratecard.app.OverheadService;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.BudgetStatus;
import io.github.ratecard.budget.BudgetWatch;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.ExpenseCategory;
import io.github.ratecard.budget.OverheadRate;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.money.Money;
import io.github.ratecard.store.AoAccountStore;
import io.github.ratecard.store.AoInvoiceStore;
import io.github.ratecard.store.AoLedgerQueries;
import io.github.ratecard.store.AoSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The demo story's budgets, entered through the app's services once the demo worklogs are priced:
 * an overhead rate (15 %, 25 % for ACMEDEV from July), expenses, and budgets whose amounts are set
 * from what was spent by {@link #DEMO_DAY}, so that on that day each shows one state — healthy
 * (GLX), forecast over but not yet over (ACME's October), warning (ACMEDEV), over (INI), no
 * history yet (OPS) — plus an epic's budget and a client account's quarterly budget. The budget
 * watch then raises the alerts of that day (the outbox shows their e-mails). The demo's invoices
 * ({@link DemoInvoices}) and approvals ({@link DemoApprovals}) follow.
 */
final class DemoBudgets {

    /** The day the demo's budgets are told as of: the middle of the demo's last month. */
    static final LocalDate DEMO_DAY = LocalDate.of(2026, 10, 15);
    static final String EPIC = "ACME-1";

    private final SandboxApp app;
    private final BudgetService budgets;
    private final AoInvoiceStore invoiceStore;
    private final AoLedgerQueries ledgerQueries;
    private final OverheadService overhead;
    private final BudgetWatch budgetWatch;
    private final BudgetReporter budgetReporter;
    private final AoSettings settings;
    private final AoAccountStore accountStore;
    private final ExpenseService expenses;
    private final SandboxStore store;

    DemoBudgets(SandboxApp app, SandboxStore store) {
        this.app = app;
        this.budgets = app.bean(BudgetService.class);
        this.invoiceStore = app.bean(AoInvoiceStore.class);
        this.ledgerQueries = app.bean(AoLedgerQueries.class);
        this.overhead = app.bean(OverheadService.class);
        this.budgetWatch = app.bean(BudgetWatch.class);
        this.budgetReporter = app.bean(BudgetReporter.class);
        this.settings = app.bean(AoSettings.class);
        this.accountStore = app.bean(AoAccountStore.class);
        this.expenses = app.bean(ExpenseService.class);
        this.store = store;
    }

    /** Whether the demo's budgets or invoices were seeded once (people may delete budgets since: they are not seeded again). */
    boolean isSeeded() {
        return !budgets.ofKind(BudgetScope.Kind.PROJECT).isEmpty() || !budgets.ofKind(BudgetScope.Kind.ACCOUNT).isEmpty()
                || invoiceStore.list(io.github.ratecard.invoice.InvoiceFilter.any(), 0, 1).total() > 0;
    }

    /** Seeds once every demo worklog is in the ledger (the background pricing or back-fill has finished). */
    void seedWhenPriced() {
        if (!isSeeded() && ledgerQueries.countLive() >= store.worklogCount()) {
            seed();
        }
    }

    void seed() {
        SandboxSession.begin(store.user("finance").orElse(null), Locale.ENGLISH);
        try {
            overhead.add(new OverheadRate(0, null, LocalDate.of(2026, 1, 1), new BigDecimal("15")));
            overhead.add(new OverheadRate(0, "ACMEDEV", LocalDate.of(2026, 7, 1), new BigDecimal("25")));
            expense("2026-06-10", project("ACME"), ExpenseCategory.SOFTWARE, "1200.00", false, null, "Remote support tool, yearly licence");
            expense("2026-09-03", project("ACME"), ExpenseCategory.TRAVEL, "860.40", true, "10", "On-site visit, Lyon");
            expense("2026-10-06", issue("ACME-2"), ExpenseCategory.MATERIALS, "240.00", true, null, "Headsets for the Acme queue");
            expense("2026-08-20", issue("ACMEDEV-2"), ExpenseCategory.VENDOR, "4500.00", true, "15", "Load-test service");
            expense("2026-10-05", project("INI"), ExpenseCategory.TRAVEL, "2400.00", false, null, "Kick-off in Osaka");

            LocalDate yearStart = LocalDate.of(2026, 1, 1);
            LocalDate yearEnd = LocalDate.of(2026, 12, 31);
            LocalDate demoStart = LocalDate.of(2026, 5, 1);
            // healthy: a third of the budget is gone and the forecast stays well under it
            sized(project("GLX"), Budget.Measure.COST, PeriodKind.TOTAL, demoStart, yearEnd, "3");
            // forecast over but not yet over: 62 % of October's budget is gone half-way through the month
            sized(project("ACME"), Budget.Measure.COST, PeriodKind.MONTH, yearStart, yearEnd, "1.6");
            // warning: 88 % of what the client pays for the year is billed
            sized(project("ACMEDEV"), Budget.Measure.BILLABLE, PeriodKind.TOTAL, demoStart, yearEnd, "1.136");
            // over: the work of May to October cost 12 % more than agreed
            sized(project("INI"), Budget.Measure.COST, PeriodKind.TOTAL, demoStart, LocalDate.of(2026, 10, 31), "0.893");
            // no history yet: starts next month
            budgets.create(new Budget(0, project("OPS"), Budget.Measure.COST, Money.parse("20000", "EUR"), 800L, PeriodKind.TOTAL,
                    new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 31)), null, "lead", java.util.Map.of(
                    LocalDate.of(2026, 11, 1), Money.parse("2000", "EUR"), LocalDate.of(2026, 12, 1), Money.parse("2000", "EUR"),
                    LocalDate.of(2027, 1, 1), Money.parse("6000", "EUR"), LocalDate.of(2027, 2, 1), Money.parse("5000", "EUR"),
                    LocalDate.of(2027, 3, 1), Money.parse("5000", "EUR"))));
            sized(issue(EPIC), Budget.Measure.COST, PeriodKind.TOTAL, demoStart, yearEnd, "1.5");
            sized(new BudgetScope(BudgetScope.Kind.ACCOUNT, "GLOBEX"), Budget.Measure.BILLABLE, PeriodKind.QUARTER,
                    LocalDate.of(2026, 4, 1), yearEnd, "2.5");
            new DemoInvoices(app, store).seed();
        } finally {
            SandboxSession.end();
        }
        new DemoUtilisation(app, store).seed();
        // after utilisation's extra billable work, so that the loss is sized on the final figures
        SandboxSession.begin(store.user("finance").orElse(null), Locale.ENGLISH);
        try {
            new DemoMargin(app).seed();
        } finally {
            SandboxSession.end();
        }
        new DemoApprovals(app, store).seed();
        budgetWatch.check(DEMO_DAY);
    }

    /** A budget whose amount is what its current period had spent by the demo day, times {@code factor}, rounded up to 100. */
    private void sized(BudgetScope scope, Budget.Measure measure, PeriodKind period, LocalDate from, LocalDate to, String factor) {
        Currency currency = currencyOf(scope, measure);
        Budget probe = new Budget(0, scope, measure, Money.ofMinor(1, currency), null, period, new DateRange(from, to), null, "lead");
        Money spent = budgetReporter.standing(probe, DEMO_DAY).money().map(BudgetStatus::actual).orElseThrow();
        BigDecimal amount = spent.toDecimal().multiply(new BigDecimal(factor)).divide(BigDecimal.valueOf(100), 0, RoundingMode.UP)
                .multiply(BigDecimal.valueOf(100)).max(BigDecimal.valueOf(100));
        budgets.create(new Budget(0, scope, measure, Money.of(amount, currency), null, period, new DateRange(from, to), null, "lead"));
    }

    private Currency currencyOf(BudgetScope scope, Budget.Measure measure) {
        if (measure == Budget.Measure.COST) {
            return settings.baseCurrency();
        }
        String account = scope.kind() == BudgetScope.Kind.ACCOUNT ? scope.key() : "ACME";
        return accountStore.account(account).orElseThrow().currency();
    }

    private void expense(String date, BudgetScope scope, ExpenseCategory category, String amount, boolean billable, String markup,
                         String description) {
        expenses.record(new Expense(0, LocalDate.parse(date), scope, category, Money.parse(amount, "EUR"), billable,
                markup == null ? null : new BigDecimal(markup), description));
    }

    private static BudgetScope project(String key) {
        return new BudgetScope(BudgetScope.Kind.PROJECT, key);
    }

    private static BudgetScope issue(String key) {
        return new BudgetScope(BudgetScope.Kind.ISSUE, key);
    }

    static List<String> projectsWithBudgets() {
        return List.of("ACME", "ACMEDEV", "GLX", "INI", "OPS");
    }
}

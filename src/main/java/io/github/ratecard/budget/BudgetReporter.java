package io.github.ratecard.budget;

import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.Settings;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes what budgets show from the ledger's daily figures, the expenses and the overhead rates
 * — never stored, always from the current data. Reads a bounded amount per budget: one row per
 * day, project and account of the budget's range, its expenses, and its open issues' estimates.
 */
public final class BudgetReporter {

    /** The pseudo-author of estimated work on an unassigned issue: it has no user or level rate, so the defaults apply. */
    static final String UNASSIGNED = "";

    private final ExpenseStore expenses;
    private final OverheadStore overhead;
    private final ScopeLabour labour;
    private final ScopeWork work;
    private final WorklogPricer pricer;
    private final Settings settings;
    private final BudgetCalculator calculator;

    public BudgetReporter(ExpenseStore expenses, OverheadStore overhead, ScopeLabour labour, ScopeWork work,
                          WorklogPricer pricer, Settings settings, BudgetCalculator calculator) {
        this.expenses = expenses;
        this.overhead = overhead;
        this.labour = labour;
        this.work = work;
        this.pricer = pricer;
        this.settings = settings;
        this.calculator = calculator;
    }

    /** The budget's period that holds the day (its first or last one for a day outside its range). */
    public DateRange periodAt(Budget budget, LocalDate day) {
        return calculator.periodAt(budget, day);
    }

    /** Where the budget stands on the day against its amount and its hours, for its current period; nothing else is read. */
    public Standing standing(Budget budget, LocalDate asOf) {
        return standingOf(budget, figuresOf(budget, asOf), asOf);
    }

    /** The money and hours status of a budget's current period (each empty when the budget has no amount or no hours). */
    public record Standing(DateRange period, Optional<BudgetStatus> money, Optional<HoursStatus> hours) {
    }

    private Standing standingOf(Budget budget, Figures figures, LocalDate asOf) {
        DateRange period = calculator.periodAt(budget, asOf);
        Optional<DateRange> elapsed = BudgetCalculator.elapsed(period, asOf);
        Optional<BudgetStatus> money = budget.amount() == null ? Optional.empty()
                : Optional.of(calculator.statusOf(budget, figures.spending, asOf));
        Optional<HoursStatus> hours = budget.hours() == null ? Optional.empty()
                : Optional.of(HoursStatus.of(period, budget.hours(), elapsed.map(figures::seconds).orElse(0L), budget.thresholds()));
        return new Standing(period, money, hours);
    }

    public BudgetReport report(Budget budget, LocalDate asOf) {
        Figures figures = figuresOf(budget, asOf);
        Standing standing = standingOf(budget, figures, asOf);
        Optional<DateRange> elapsed = BudgetCalculator.elapsed(standing.period(), asOf);
        Optional<BudgetStatus> money = standing.money();
        Optional<HoursStatus> hours = standing.hours();
        RemainingWork remaining = budget.scope().kind() == BudgetScope.Kind.ACCOUNT ? RemainingWork.NONE : work.remainingWork(budget.scope());
        Optional<EarnedValue> earned = money.map(status -> EarnedValue.of(status, remaining.spentSeconds(), remaining.remainingSeconds()));
        Optional<BottomUpForecast> bottomUp = money.map(status -> bottomUp(budget, status, remaining, asOf));
        Optional<CostBreakdown> breakdown = money.map(status -> figures.breakdown(elapsed.orElse(null)));
        PeriodKind tableKind = budget.period() == PeriodKind.TOTAL ? PeriodKind.MONTH : budget.period();
        List<BudgetReport.PeriodFigure> periods = new ArrayList<>();
        for (DateRange each : calculator.fiscalYear().periodsIn(tableKind, budget.range())) {
            Optional<DateRange> past = BudgetCalculator.elapsed(each, asOf);
            if (past.isEmpty()) {
                break;
            }
            periods.add(new BudgetReport.PeriodFigure(each, budget.amount() == null ? null
                    : figures.spending.money(past.get(), Money.zero(figures.currency)), figures.seconds(past.get())));
        }
        return new BudgetReport(budget, money, hours, breakdown, earned, bottomUp, periods);
    }

    /** The burn of the budget's current period by week or month; empty for a budget of hours only. */
    public List<BurnPoint> burn(Budget budget, LocalDate asOf, boolean weekly) {
        if (budget.amount() == null) {
            return List.of();
        }
        return calculator.burn(budget, figuresOf(budget, asOf).spending, asOf, weekly);
    }

    private Figures figuresOf(Budget budget, LocalDate asOf) {
        Currency currency = budget.amount() != null ? budget.amount().currency() : settings.baseCurrency();
        Figures figures = new Figures(budget.measure(), currency, settings.baseCurrency());
        if (asOf.isBefore(budget.range().first())) {
            return figures;
        }
        DateRange loaded = new DateRange(budget.range().first(), asOf.isBefore(budget.range().last()) ? asOf : budget.range().last());
        OverheadRates rates = budget.measure() == Budget.Measure.COST ? OverheadRates.of(overhead.all()) : new OverheadRates();
        for (LabourDay day : labour.of(budget.scope(), loaded)) {
            figures.addLabour(day, rates);
        }
        if (budget.scope().kind() != BudgetScope.Kind.ACCOUNT) {
            List<Expense> found = budget.scope().kind() == BudgetScope.Kind.PROJECT ? expenses.ofProject(budget.scope().key(), loaded)
                    : expenses.ofIssues(work.treeOf(budget.scope().key()).stream().map(IssueRef::key).toList(), loaded);
            found.forEach(figures::addExpense);
        }
        return figures;
    }

    private BottomUpForecast bottomUp(Budget budget, BudgetStatus status, RemainingWork remaining, LocalDate asOf) {
        Currency currency = status.budget().currency();
        List<WorklogRecord> estimates = new ArrayList<>();
        Instant at = asOf.atStartOfDay(ZoneOffset.UTC).plusHours(12).toInstant();
        for (RemainingWork.OpenIssue issue : remaining.open()) {
            estimates.add(new WorklogRecord(-issue.issueId(), issue.issueId(), issue.issueKey(), issue.projectId(), issue.projectKey(),
                    issue.assigneeKey() == null ? UNASSIGNED : issue.assigneeKey(), at, issue.remainingSeconds(), at));
        }
        WorklogPricer batch = pricer.forBatch(estimates, Set.of());
        Money priced = Money.zero(currency);
        long pricedSeconds = 0;
        long unpricedSeconds = 0;
        List<String> unpriced = new ArrayList<>();
        for (WorklogRecord estimate : estimates) {
            LedgerEntry entry = batch.price(estimate, at);
            Money amount = budget.measure() == Budget.Measure.COST ? entry.cost() : entry.billable() ? entry.bill() : null;
            if (budget.measure() == Budget.Measure.BILLABLE && !entry.billable() && entry.accountKey() != null) {
                pricedSeconds += estimate.timeSpentSeconds();
                continue;
            }
            if (amount == null || !amount.currency().equals(currency)) {
                unpricedSeconds += estimate.timeSpentSeconds();
                unpriced.add(estimate.issueKey());
                continue;
            }
            priced = priced.plus(amount);
            pricedSeconds += estimate.timeSpentSeconds();
        }
        Money forecast = status.actual().plus(priced);
        return new BottomUpForecast(priced, forecast, status.budget().minus(forecast), pricedSeconds, unpricedSeconds, unpriced);
    }

    /** A budget's money and seconds per day, and what they are made of. */
    private static final class Figures {

        private final Budget.Measure measure;
        private final Currency currency;
        private final Currency base;
        private final Spending spending = new Spending();
        private final java.util.TreeMap<LocalDate, Long> seconds = new java.util.TreeMap<>();
        private final List<Part> parts = new ArrayList<>();

        Figures(Budget.Measure measure, Currency currency, Currency base) {
            this.measure = measure;
            this.currency = currency;
            this.base = base;
        }

        void addLabour(LabourDay day, OverheadRates rates) {
            seconds.merge(day.day(), measure == Budget.Measure.COST ? day.workedSeconds() : day.billedSeconds(), Long::sum);
            if (day.unpriced() > 0) {
                parts.add(new Part(day.day(), Kind.UNPRICED, null, day.unpriced()));
            }
            Money amount;
            if (measure == Budget.Measure.COST) {
                if (day.costMinor() == 0) {
                    return;
                }
                if (!currency.equals(base)) {
                    parts.add(new Part(day.day(), Kind.OTHER_CURRENCY, null, 1));
                    return;
                }
                amount = Money.ofMinor(day.costMinor(), currency);
                BigDecimal percent = rates.percentFor(day.projectKey(), day.day());
                add(day.day(), Kind.OVERHEAD, amount.times(percent.movePointLeft(2)));
            } else {
                if (day.billMinor() == 0) {
                    return;
                }
                if (day.billCurrency() == null || !currency.getCurrencyCode().equals(day.billCurrency())) {
                    parts.add(new Part(day.day(), Kind.OTHER_CURRENCY, null, 1));
                    return;
                }
                amount = Money.ofMinor(day.billMinor(), currency);
            }
            add(day.day(), Kind.LABOUR, amount);
        }

        void addExpense(Expense expense) {
            Money amount = measure == Budget.Measure.COST ? expense.amount() : expense.billed();
            if (amount.isZero()) {
                return;
            }
            if (!amount.currency().equals(currency)) {
                parts.add(new Part(expense.date(), Kind.OTHER_CURRENCY, null, 1));
                return;
            }
            add(expense.date(), Kind.EXPENSE, amount, expense.category());
        }

        private void add(LocalDate day, Kind kind, Money amount) {
            add(day, kind, amount, null);
        }

        private void add(LocalDate day, Kind kind, Money amount, ExpenseCategory category) {
            if (amount.isZero()) {
                return;
            }
            spending.add(day, amount);
            parts.add(new Part(day, kind, category, 0, amount));
        }

        long seconds(DateRange range) {
            return seconds.subMap(range.first(), true, range.last(), true).values().stream().mapToLong(Long::longValue).sum();
        }

        CostBreakdown breakdown(DateRange range) {
            Money zero = Money.zero(currency);
            Money labourTotal = zero;
            Money overheadTotal = zero;
            Map<ExpenseCategory, Money> byCategory = new EnumMap<>(ExpenseCategory.class);
            long otherCurrency = 0;
            long unpriced = 0;
            for (Part part : parts) {
                if (range == null || !range.contains(part.day)) {
                    continue;
                }
                switch (part.kind) {
                    case LABOUR -> labourTotal = labourTotal.plus(part.amount);
                    case OVERHEAD -> overheadTotal = overheadTotal.plus(part.amount);
                    case EXPENSE -> byCategory.merge(part.category, part.amount, Money::plus);
                    case OTHER_CURRENCY -> otherCurrency += part.count;
                    case UNPRICED -> unpriced += part.count;
                }
            }
            return new CostBreakdown(labourTotal, overheadTotal, byCategory, otherCurrency, unpriced);
        }
    }

    private enum Kind { LABOUR, OVERHEAD, EXPENSE, OTHER_CURRENCY, UNPRICED }

    private record Part(LocalDate day, Kind kind, ExpenseCategory category, long count, Money amount) {
        Part(LocalDate day, Kind kind, ExpenseCategory category, long count) {
            this(day, kind, category, count, null);
        }
    }
}

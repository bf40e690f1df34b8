package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.IssueRef;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Computes what budgets show from the ledger's daily figures, the expenses and the overhead rates
 * — never stored, always from the current data. Reads a bounded amount per budget: one row per
 * day, project and account of the budget's range, its expenses, and its open issues' estimates.
 */
public final class BudgetReporter {

    /** The longest period whose burn is shown by week; a longer one's is shown by month. */
    static final int WEEKLY_UP_TO_DAYS = 92;

    private final ExpenseStore expenses;
    private final OverheadStore overhead;
    private final ScopeLabour labour;
    private final ScopeWork work;
    private final BottomUpForecaster forecaster;
    private final ReportingSettings settings;
    private final BudgetCalculator calculator;

    public BudgetReporter(ExpenseStore expenses, OverheadStore overhead, ScopeLabour labour, ScopeWork work,
                          WorklogPricer pricer, ReportingSettings settings, BudgetCalculator calculator) {
        this.expenses = expenses;
        this.overhead = overhead;
        this.labour = labour;
        this.work = work;
        this.forecaster = new BottomUpForecaster(pricer);
        this.settings = settings;
        this.calculator = calculator;
    }

    /** Where the budget stands on the day against its amount and its hours, for its current period; nothing else is read. */
    public Standing standing(Budget budget, LocalDate asOf) {
        return standingOf(budget, figuresOf(budget, asOf), asOf);
    }

    /** The money and hours status of a budget's current period (each empty when the budget has no amount or no hours). */
    public record Standing(DateRange period, Optional<BudgetStatus> money, Optional<HoursStatus> hours) {
    }

    private Standing standingOf(Budget budget, DailyFigures figures, LocalDate asOf) {
        DateRange period = calculator.periodAt(budget, asOf);
        Optional<DateRange> elapsed = BudgetCalculator.elapsed(period, asOf);
        Optional<BudgetStatus> money = budget.amount() == null ? Optional.empty()
                : Optional.of(calculator.statusOf(budget, figures.spending(), asOf));
        Optional<HoursStatus> hours = budget.hours() == null ? Optional.empty()
                : Optional.of(HoursStatus.of(period, budget.hours(), elapsed.map(figures::seconds).orElse(0L), budget.thresholds()));
        return new Standing(period, money, hours);
    }

    /** The budget's figures on the day, each computed once from one reading of its ledger days, expenses and estimates. */
    public BudgetReport report(Budget budget, LocalDate asOf) {
        DailyFigures figures = figuresOf(budget, asOf);
        Standing standing = standingOf(budget, figures, asOf);
        Optional<DateRange> elapsed = BudgetCalculator.elapsed(standing.period(), asOf);
        Optional<BudgetStatus> money = standing.money();
        RemainingWork remaining = budget.scope().kind() == BudgetScope.Kind.ACCOUNT ? RemainingWork.NONE : work.remainingWork(budget.scope());
        Optional<EarnedValue> earned = money.map(status -> EarnedValue.of(status, remaining.spentSeconds(), remaining.remainingSeconds()));
        Optional<BottomUpForecast> bottomUp = money.map(status -> forecaster.forecast(budget, status, remaining, asOf));
        Optional<CostBreakdown> breakdown = money.map(status -> figures.breakdown(elapsed.orElse(null)));
        boolean weekly = standing.period().days() <= WEEKLY_UP_TO_DAYS;
        return new BudgetReport(budget, standing.period(), money, standing.hours(), breakdown, earned, bottomUp, periodsOf(budget, figures, asOf),
                burnOf(budget, figures, asOf, weekly));
    }

    /** How many days of recent spending the run-rate forecast carries forward. */
    public int burnDays() {
        return calculator.burnWeeks() * 7;
    }

    /** The burn of the budget's current period by week or month; empty for a budget of hours only. */
    public List<BurnPoint> burn(Budget budget, LocalDate asOf, boolean weekly) {
        return burnOf(budget, figuresOf(budget, asOf), asOf, weekly);
    }

    private List<BurnPoint> burnOf(Budget budget, DailyFigures figures, LocalDate asOf, boolean weekly) {
        return budget.amount() == null ? List.of() : calculator.burn(budget, figures.spending(), asOf, weekly);
    }

    /** Every period of the budget's range (months for a whole-range budget) up to the one that holds the day. */
    private List<BudgetReport.PeriodFigure> periodsOf(Budget budget, DailyFigures figures, LocalDate asOf) {
        PeriodKind kind = budget.period() == PeriodKind.TOTAL ? PeriodKind.MONTH : budget.period();
        List<BudgetReport.PeriodFigure> periods = new ArrayList<>();
        for (DateRange each : calculator.fiscalYear().periodsIn(kind, budget.range())) {
            Optional<DateRange> past = BudgetCalculator.elapsed(each, asOf);
            if (past.isEmpty()) {
                break;
            }
            Money spent = budget.amount() == null ? null : figures.spending().money(past.get(), Money.zero(figures.currency()));
            Money agreed = agreedFor(budget, each);
            periods.add(new BudgetReport.PeriodFigure(each, agreed, spent, figures.seconds(past.get()), percentOf(spent, agreed)));
        }
        return periods;
    }

    /** What was agreed for one period: the period's amount, or a phased budget's month; nothing for a plain whole-range budget. */
    private static Money agreedFor(Budget budget, DateRange period) {
        if (budget.amount() == null) {
            return null;
        }
        if (budget.period() != PeriodKind.TOTAL) {
            return budget.amountIn(period);
        }
        return budget.periodAmounts().isEmpty() ? null : budget.periodAmounts().get(period.first());
    }

    private static BigDecimal percentOf(Money spent, Money agreed) {
        if (spent == null || agreed == null || agreed.isZero()) {
            return null;
        }
        return BigDecimal.valueOf(spent.minorUnits()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(agreed.minorUnits()), 1, RoundingMode.HALF_UP);
    }

    private DailyFigures figuresOf(Budget budget, LocalDate asOf) {
        Currency currency = budget.amount() != null ? budget.amount().currency() : settings.baseCurrency();
        DailyFigures figures = new DailyFigures(budget.measure(), currency, settings.baseCurrency());
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
}

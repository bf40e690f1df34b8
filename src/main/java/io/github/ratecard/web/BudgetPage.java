package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.budget.BreakdownReader;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
import io.github.ratecard.budget.BudgetCalculator;
import io.github.ratecard.budget.BudgetReport;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.app.BudgetService;
import io.github.ratecard.budget.BudgetStatus;
import io.github.ratecard.budget.BudgetWatch;
import io.github.ratecard.budget.ForecastChoice;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.app.ExpenseService;
import io.github.ratecard.budget.LabourBreakdown;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the Budget page of a project or an account for the current viewer: the scope's budgets,
 * and for the selected one (the one asked for, else the first running on the day, else the
 * latest) the figures of its current period, formatted from its report. Reads a fixed number of
 * queries per budget shown, whatever the ledger's size: the budget's report, the period's ledger
 * slices for the breakdowns, its expenses and its alerts.
 */
public final class BudgetPage {

    private final BudgetService budgets;
    private final BudgetReporter reporter;
    private final BreakdownReader breakdowns;
    private final BudgetWatch watch;
    private final ExpenseService expenses;
    private final AccessPolicy access;
    private final I18nResolver i18n;
    private final Supplier<Locale> locale;
    private final BaseCurrencyNote baseNote;

    /** Without exchange rates: a budget in another currency than the base one is shown in its own only. */
    public BudgetPage(BudgetService budgets, BudgetReporter reporter, BreakdownReader breakdowns, BudgetWatch watch, ExpenseService expenses,
                      AccessPolicy access, I18nResolver i18n, Supplier<Locale> locale) {
        this(budgets, reporter, breakdowns, watch, expenses, access, i18n, locale, null);
    }

    public BudgetPage(BudgetService budgets, BudgetReporter reporter, BreakdownReader breakdowns, BudgetWatch watch, ExpenseService expenses,
                      AccessPolicy access, I18nResolver i18n, Supplier<Locale> locale, BaseCurrencyNote baseNote) {
        this.baseNote = baseNote;
        this.budgets = budgets;
        this.reporter = reporter;
        this.breakdowns = breakdowns;
        this.watch = watch;
        this.expenses = expenses;
        this.access = access;
        this.i18n = i18n;
        this.locale = locale;
    }

    /**
     * The page of a scope the caller has checked the viewer may see; {@code canManage} as the
     * caller decided; {@code budgetId} 0 for the default choice; {@code asOf} null for today.
     */
    public BudgetPageView viewOf(BudgetScope scope, String title, boolean canManage, long budgetId, LocalDate asOf) {
        ViewerFormat format = new ViewerFormat(i18n, locale.get());
        LocalDate day = asOf == null ? watch.today() : asOf;
        List<Budget> all = budgets.ofScope(scope);
        Optional<Budget> chosen = choose(all, budgetId, day);
        List<PageRow> tabs = new ArrayList<>();
        for (Budget budget : all) {
            tabs.add(new PageRow(String.valueOf(budget.id()), label(budget, format), List.of(), chosen.filter(budget::equals).isPresent()
                    ? "selected" : "", null));
        }
        Optional<BudgetReport> report = chosen.map(budget -> reporter.report(budget, day));
        BudgetFiguresView selected = report.map(shown -> figures(shown, day, format)).orElse(null);
        DateRange shownDays = report.map(BudgetReport::period).orElse(new DateRange(day.withDayOfYear(1), day));
        PageTable expenseTable = scope.kind() == BudgetScope.Kind.ACCOUNT ? null
                : new BudgetTables(format).expenses(expenses.expenses(scope, shownDays));
        return new BudgetPageView(scope.kind().name(), scope.key(), title, canManage, tabs, selected, expenseTable);
    }

    private static Optional<Budget> choose(List<Budget> all, long budgetId, LocalDate day) {
        if (budgetId > 0) {
            return all.stream().filter(b -> b.id() == budgetId).findFirst();
        }
        return all.stream().filter(b -> b.range().contains(day)).findFirst().or(() -> all.isEmpty() ? Optional.empty()
                : Optional.of(all.get(all.size() - 1)));
    }

    private BudgetFiguresView figures(BudgetReport report, LocalDate day, ViewerFormat format) {
        Budget budget = report.budget();
        BudgetTables tables = new BudgetTables(format);
        List<PageTable> shown = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        shown.add(tables.periods(report));
        BurnChart chart = null;
        BudgetVerdict verdict = null;
        Optional<ForecastChoice.Choice> choice = report.money()
                .map(status -> ForecastChoice.of(status, budget.range().last(), report.bottomUp(), report.earnedValue()));
        if (report.money().isPresent()) {
            BudgetStatus status = report.money().get();
            verdict = BudgetVerdict.of(choice.get(), status, reporter.burnDays(), format);
            chart = BurnChart.of(report.burn(), status.budget(), budget.thresholds(), day, format);
            shown.add(tables.burn(report.burn(), status.budget()));
            BudgetCalculator.elapsed(report.period(), day).ifPresent(elapsed -> {
                LabourBreakdown labour = breakdowns.of(budget, status.budget().currency(), elapsed);
                shown.addAll(tables.shares(labour));
                if (labour.otherCurrencySlices() > 0) {
                    notes.add(format.text("ratecard.budget.note.otherCurrency", String.valueOf(labour.otherCurrencySlices())));
                }
            });
            report.breakdown().ifPresent(parts -> {
                shown.add(tables.parts(parts));
                if (parts.unpricedEntries() > 0) {
                    notes.add(format.text("ratecard.budget.note.unpriced", String.valueOf(parts.unpricedEntries())));
                }
            });
            report.earnedValue().ifPresent(earned -> shown.add(tables.earnedValue(earned)));
            report.bottomUp().map(tables::unpricedEstimates).ifPresent(notes::add);
            if (baseNote != null) {
                List<BaseCurrencyNote.Figure> figures = new ArrayList<>(List.of(new BaseCurrencyNote.Figure("ratecard.budget.tile.budget", status.budget()),
                        new BaseCurrencyNote.Figure("ratecard.budget.tile.actual", status.actual())));
                choice.flatMap(ForecastChoice.Choice::verdict)
                        .ifPresent(forecast -> figures.add(new BaseCurrencyNote.Figure("ratecard.budget.tile.forecast", forecast.atCompletion())));
                baseNote.of(figures, day, format).ifPresent(notes::add);
            }
        }
        return new BudgetFiguresView(budget.id(), label(budget, format), format.range(report.period()), format.date(day),
                banner(report, day, format).orElse(null), verdict, tables.tiles(report, choice), chart, shown, notes);
    }

    /**
     * The threshold banner, from the same figures as the tiles: the highest threshold the period's
     * money or hours have reached by the day, with what is used of that measure. The e-mail is
     * mentioned when the alert of that threshold was recorded.
     */
    private Optional<String> banner(BudgetReport report, LocalDate day, ViewerFormat format) {
        Optional<BudgetAlert> recorded = Optional.ofNullable(watch.standingAlerts(List.of(report.budget()), day).get(report.budget().id()));
        List<Integer> crossed = report.crossedThresholds();
        if (crossed.isEmpty()) {
            return Optional.empty();
        }
        int highest = crossed.get(crossed.size() - 1);
        boolean byMoney = report.money().filter(status -> status.crossedThresholds().contains(highest)).isPresent();
        String text = byMoney ? format.text("ratecard.budget.banner.money", String.valueOf(highest), format.percent(report.money().get().consumedPercent()))
                : format.text("ratecard.budget.banner.hours", String.valueOf(highest), format.percent(report.hours().orElseThrow().consumedPercent()));
        boolean mailed = recorded.filter(alert -> alert.threshold() >= highest).isPresent();
        return Optional.of(mailed ? text + " " + format.text("ratecard.budget.banner.mailed") : text);
    }

    /** E.g. "Cost · Monthly · 1 Jan 2026 – 31 Dec 2026 · €10,000.00 + 120h". */
    private static String label(Budget budget, ViewerFormat format) {
        List<String> limits = new ArrayList<>();
        if (budget.amount() != null) {
            limits.add(format.money(budget.amount()));
        }
        if (budget.hours() != null) {
            limits.add(budget.hours() + "h");
        }
        return String.join(" · ", format.text("ratecard.budget.measure." + budget.measure().name()),
                format.text("ratecard.budget.period." + budget.period().name()), format.range(budget.range()), String.join(" + ", limits));
    }
}

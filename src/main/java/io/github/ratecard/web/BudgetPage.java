package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.budget.BottomUpForecast;
import io.github.ratecard.budget.BreakdownReader;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
import io.github.ratecard.budget.BudgetCalculator;
import io.github.ratecard.budget.BudgetReport;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.BudgetService;
import io.github.ratecard.budget.BudgetStatus;
import io.github.ratecard.budget.BudgetWatch;
import io.github.ratecard.budget.BurnPoint;
import io.github.ratecard.budget.CostBreakdown;
import io.github.ratecard.budget.DateRange;
import io.github.ratecard.budget.EarnedValue;
import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.ExpenseCategory;
import io.github.ratecard.budget.ExpenseService;
import io.github.ratecard.budget.HoursStatus;
import io.github.ratecard.budget.LabourBreakdown;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.budget.Share;
import io.github.ratecard.money.Money;
import io.github.ratecard.money.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the Budget page of a project or an account for the current viewer: the scope's budgets,
 * and for the selected one (the one asked for, else the first running on the day, else the
 * latest) the figures of its current period. Reads a fixed number of queries per budget shown,
 * whatever the ledger's size: the daily rollups of the budget's range, the period's ledger slices
 * for the breakdowns, its expenses and its alerts.
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

    public BudgetPage(BudgetService budgets, BudgetReporter reporter, BreakdownReader breakdowns, BudgetWatch watch, ExpenseService expenses,
                      AccessPolicy access, I18nResolver i18n, Supplier<Locale> locale) {
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
        Format format = new Format(locale.get());
        LocalDate day = asOf == null ? watch.today() : asOf;
        List<Budget> all = budgets.ofScope(scope);
        Optional<Budget> chosen = choose(all, budgetId, day);
        List<PageRow> tabs = new ArrayList<>();
        for (Budget budget : all) {
            tabs.add(new PageRow(String.valueOf(budget.id()), label(budget, format), List.of(), chosen.filter(budget::equals).isPresent()
                    ? "selected" : "", null));
        }
        BudgetFiguresView selected = chosen.map(budget -> figures(budget, day, format)).orElse(null);
        DateRange shownDays = chosen.map(budget -> reporter.periodAt(budget, day)).orElse(new DateRange(day.withDayOfYear(1), day));
        PageTable expenseTable = scope.kind() == BudgetScope.Kind.ACCOUNT ? null : expenseTable(scope, shownDays, format);
        return new BudgetPageView(scope.kind().name(), scope.key(), title, canManage, tabs, selected, expenseTable);
    }

    private static Optional<Budget> choose(List<Budget> all, long budgetId, LocalDate day) {
        if (budgetId > 0) {
            return all.stream().filter(b -> b.id() == budgetId).findFirst();
        }
        return all.stream().filter(b -> b.range().contains(day)).findFirst().or(() -> all.isEmpty() ? Optional.empty()
                : Optional.of(all.get(all.size() - 1)));
    }

    private BudgetFiguresView figures(Budget budget, LocalDate day, Format format) {
        BudgetReport report = reporter.report(budget, day);
        DateRange period = reporter.periodAt(budget, day);
        Optional<BudgetAlert> alert = Optional.ofNullable(watch.standingAlerts(List.of(budget), day).get(budget.id()));
        List<PageRow> tiles = new ArrayList<>();
        List<PageTable> tables = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String chart = null;
        report.money().ifPresent(status -> tiles.addAll(moneyTiles(status, format)));
        report.hours().ifPresent(hours -> tiles.addAll(hoursTiles(hours, format)));
        if (report.money().isPresent()) {
            BudgetStatus status = report.money().get();
            List<BurnPoint> burn = reporter.burn(budget, day, period.days() <= 92);
            chart = BurnChart.svg(burn, status.budget(), budget.thresholds(), chartTexts(), format.locale);
            tables.add(burnTable(burn, format));
            BudgetCalculator.elapsed(period, day).ifPresent(elapsed -> {
                LabourBreakdown labour = breakdowns.of(budget, status.budget().currency(), elapsed);
                tables.addAll(breakdownTables(labour, format));
                if (labour.otherCurrencySlices() > 0) {
                    notes.add(words("ratecard.budget.note.otherCurrency", String.valueOf(labour.otherCurrencySlices())));
                }
            });
            report.breakdown().ifPresent(parts -> {
                tables.add(partsTable(parts, format));
                if (parts.unpricedEntries() > 0) {
                    notes.add(words("ratecard.budget.note.unpriced", String.valueOf(parts.unpricedEntries())));
                }
            });
            tables.add(forecastTable(report, format));
        }
        tables.add(0, periodTable(budget, report, format));
        return new BudgetFiguresView(budget.id(), label(budget, format), format.range(period), format.date(day),
                alert.map(a -> words("ratecard.budget.alert", String.valueOf(a.threshold()), format.percent(a.consumedPercent()))).orElse(null),
                tiles, chart, tables, notes);
    }

    private List<PageRow> moneyTiles(BudgetStatus status, Format format) {
        String actualState = status.isOver() ? "over" : status.crossedThresholds().isEmpty() ? "ok" : "warning";
        String forecastState = status.isForecastOver() ? "over" : "ok";
        List<PageRow> tiles = new ArrayList<>();
        tiles.add(tile("ratecard-tile-budget", "ratecard.budget.tile.budget", format.money(status.budget()), "", null));
        tiles.add(tile("ratecard-tile-actual", "ratecard.budget.tile.actual", format.money(status.actual()), actualState,
                words("ratecard.budget.tile.consumed", format.percent(status.consumedPercent()))));
        tiles.add(tile("ratecard-tile-forecast", "ratecard.budget.tile.forecast", format.money(status.forecast()), forecastState,
                words("ratecard.budget.tile.burnPerDay", format.money(status.burnPerDay()))));
        tiles.add(tile("ratecard-tile-variance", "ratecard.budget.tile.variance", format.money(status.variance()), forecastState, null));
        tiles.add(tile("ratecard-tile-runout", "ratecard.budget.tile.runOut", status.runOut().map(format::date)
                .orElse(i18n.getText("ratecard.budget.tile.noRunOut")), status.runOut().isPresent() ? (status.isOver() ? "over" : "warning") : "ok",
                null));
        return tiles;
    }

    private List<PageRow> hoursTiles(HoursStatus hours, Format format) {
        String state = hours.isOver() ? "over" : hours.crossedThresholds().isEmpty() ? "ok" : "warning";
        return List.of(tile("ratecard-tile-hours", "ratecard.budget.tile.hours", WorkDuration.format(hours.actualSeconds()) + " / "
                + WorkDuration.format(hours.budgetSeconds()), state, words("ratecard.budget.tile.consumed", format.percent(hours.consumedPercent()))));
    }

    private PageRow tile(String id, String labelKey, String value, String state, String note) {
        return new PageRow(id, i18n.getText(labelKey), List.of(value), state, note);
    }

    private PageTable periodTable(Budget budget, BudgetReport report, Format format) {
        List<PageRow> rows = new ArrayList<>();
        for (BudgetReport.PeriodFigure figure : report.periods()) {
            String spent = figure.spent() == null ? "" : format.money(figure.spent());
            Money agreed = agreedFor(budget, figure.period());
            String share = agreed == null || agreed.isZero() || figure.spent() == null ? ""
                    : format.percent(BigDecimal.valueOf(figure.spent().minorUnits()).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(agreed.minorUnits()), 1, RoundingMode.HALF_UP));
            rows.add(new PageRow(figure.period().first().toString(), format.range(figure.period()),
                    List.of(agreed == null ? "" : format.money(agreed), spent, WorkDuration.format(figure.seconds()), share), "", null));
        }
        return new PageTable("ratecard-budget-periods", "ratecard.budget.periods", List.of("ratecard.budget.col.period",
                "ratecard.budget.col.budget", "ratecard.budget.col.spent", "ratecard.budget.col.hours", "ratecard.budget.col.ofBudget"), rows);
    }

    /** What was agreed for one row of the period table: the period's amount, or a phased budget's month; nothing for a plain whole-range budget. */
    private static Money agreedFor(Budget budget, DateRange row) {
        if (budget.amount() == null) {
            return null;
        }
        if (budget.period() != PeriodKind.TOTAL) {
            return budget.amountIn(row);
        }
        return budget.periodAmounts().isEmpty() ? null : budget.periodAmounts().get(row.first());
    }

    private PageTable burnTable(List<BurnPoint> burn, Format format) {
        List<PageRow> rows = new ArrayList<>();
        for (BurnPoint point : burn) {
            rows.add(new PageRow(point.bucket().first().toString(), format.range(point.bucket()), List.of(
                    point.past() ? format.money(point.spent()) : "", point.cumulative() == null ? "" : format.money(point.cumulative()),
                    format.money(point.planned()), point.forecast() == null ? "" : format.money(point.forecast())), "", null));
        }
        return new PageTable("ratecard-budget-burn", "ratecard.budget.burn", List.of("ratecard.budget.col.period", "ratecard.budget.col.spent",
                "ratecard.budget.col.cumulative", "ratecard.budget.col.plan", "ratecard.budget.col.forecast"), rows);
    }

    private List<PageTable> breakdownTables(LabourBreakdown labour, Format format) {
        return List.of(shareTable("ratecard-budget-by-user", "ratecard.budget.byUser", labour.byUser(), format),
                shareTable("ratecard-budget-by-level", "ratecard.budget.byLevel", labour.byLevel(), format),
                shareTable("ratecard-budget-by-account", "ratecard.budget.byAccount", labour.byAccount(), format),
                shareTable("ratecard-budget-by-epic", "ratecard.budget.byEpic", labour.byEpic(), format),
                shareTable("ratecard-budget-top-issues", "ratecard.budget.topIssues", labour.topIssues(), format));
    }

    private PageTable shareTable(String id, String titleKey, List<Share> shares, Format format) {
        List<PageRow> rows = new ArrayList<>();
        for (Share share : shares) {
            String label = share.label() == null ? i18n.getText("ratecard.budget.none") : share.label();
            rows.add(new PageRow(share.key(), label, List.of(format.money(share.amount()), WorkDuration.format(share.seconds()),
                    format.percent(share.percent())), "", null));
        }
        return new PageTable(id, titleKey, List.of("ratecard.budget.col.name", "ratecard.budget.col.amount", "ratecard.budget.col.hours",
                "ratecard.budget.col.share"), rows);
    }

    private PageTable partsTable(CostBreakdown parts, Format format) {
        List<PageRow> rows = new ArrayList<>();
        rows.add(new PageRow("LABOUR", i18n.getText("ratecard.budget.part.labour"), List.of(format.money(parts.labour())), "", null));
        rows.add(new PageRow("OVERHEAD", i18n.getText("ratecard.budget.part.overhead"), List.of(format.money(parts.overhead())), "", null));
        for (ExpenseCategory category : ExpenseCategory.values()) {
            Money amount = parts.expenses().get(category);
            if (amount != null) {
                rows.add(new PageRow(category.name(), i18n.getText("ratecard.expense.category." + category.name()), List.of(format.money(amount)),
                        "", null));
            }
        }
        rows.add(new PageRow("TOTAL", i18n.getText("ratecard.budget.part.total"), List.of(format.money(parts.total())), "total", null));
        return new PageTable("ratecard-budget-parts", "ratecard.budget.parts", List.of("ratecard.budget.col.part", "ratecard.budget.col.amount"),
                rows);
    }

    private PageTable forecastTable(BudgetReport report, Format format) {
        List<PageRow> rows = new ArrayList<>();
        BudgetStatus status = report.money().orElseThrow();
        rows.add(new PageRow("run-rate", i18n.getText("ratecard.budget.forecast.runRate"), List.of(format.money(status.forecast()),
                format.money(status.variance())), status.isForecastOver() ? "over" : "", null));
        report.bottomUp().ifPresent(bottomUp -> rows.add(bottomUpRow(bottomUp, format)));
        report.earnedValue().ifPresent(earned -> rows.addAll(earnedRows(earned, format)));
        return new PageTable("ratecard-budget-forecast", "ratecard.budget.forecast", List.of("ratecard.budget.col.figure",
                "ratecard.budget.col.value", "ratecard.budget.col.variance"), rows);
    }

    private PageRow bottomUpRow(BottomUpForecast bottomUp, Format format) {
        String note = bottomUp.isComplete() ? null : words("ratecard.budget.forecast.unpriced", WorkDuration.format(bottomUp.unpricedSeconds()),
                String.join(", ", bottomUp.unpricedIssues().subList(0, Math.min(10, bottomUp.unpricedIssues().size()))));
        return new PageRow("bottom-up", i18n.getText("ratecard.budget.forecast.bottomUp"), List.of(format.money(bottomUp.forecast()),
                format.money(bottomUp.variance())), bottomUp.variance().isNegative() ? "over" : "", note);
    }

    private List<PageRow> earnedRows(EarnedValue earned, Format format) {
        return List.of(
                new PageRow("progress", i18n.getText("ratecard.budget.evm.progress"), List.of(format.percent(earned.progress()
                        .multiply(BigDecimal.valueOf(100))), ""), "", null),
                new PageRow("earned", i18n.getText("ratecard.budget.evm.earned"), List.of(format.money(earned.earned()), ""), "", null),
                new PageRow("cpi", i18n.getText("ratecard.budget.evm.cpi"), List.of(earned.costPerformance().map(format::index).orElse("–"), ""),
                        earned.costPerformance().filter(cpi -> cpi.compareTo(BigDecimal.ONE) < 0).isPresent() ? "warning" : "", null),
                new PageRow("spi", i18n.getText("ratecard.budget.evm.spi"), List.of(earned.schedulePerformance().map(format::index).orElse("–"), ""),
                        earned.schedulePerformance().filter(spi -> spi.compareTo(BigDecimal.ONE) < 0).isPresent() ? "warning" : "", null));
    }

    private PageTable expenseTable(BudgetScope scope, DateRange days, Format format) {
        List<PageRow> rows = new ArrayList<>();
        for (Expense expense : expenses.expenses(scope, days)) {
            rows.add(new PageRow(String.valueOf(expense.id()), format.date(expense.date()), List.of(expense.scope().key(),
                    i18n.getText("ratecard.expense.category." + expense.category().name()), format.money(expense.amount()),
                    expense.billable() ? format.money(expense.billed()) : "", expense.description()), "", null));
        }
        return new PageTable("ratecard-budget-expenses", "ratecard.budget.expenses", List.of("ratecard.budget.col.date",
                "ratecard.budget.col.scope", "ratecard.budget.col.category", "ratecard.budget.col.amount", "ratecard.budget.col.billed",
                "ratecard.budget.col.description"), rows);
    }

    private BurnChart.Texts chartTexts() {
        return new BurnChart.Texts(i18n.getText("ratecard.budget.chart.title"), i18n.getText("ratecard.budget.chart.description"),
                i18n.getText("ratecard.budget.chart.actual"), i18n.getText("ratecard.budget.chart.plan"),
                i18n.getText("ratecard.budget.chart.forecast"), i18n.getText("ratecard.budget.chart.budget"));
    }

    /** E.g. "Cost · Monthly · 1 Jan 2026 – 31 Dec 2026 · €10,000.00 and 120h". */
    private String label(Budget budget, Format format) {
        List<String> parts = new ArrayList<>();
        parts.add(i18n.getText("ratecard.budget.measure." + budget.measure().name()));
        parts.add(i18n.getText("ratecard.budget.period." + budget.period().name()));
        parts.add(format.range(budget.range()));
        List<String> limits = new ArrayList<>();
        if (budget.amount() != null) {
            limits.add(format.money(budget.amount()));
        }
        if (budget.hours() != null) {
            limits.add(budget.hours() + "h");
        }
        parts.add(String.join(" + ", limits));
        return String.join(" · ", parts);
    }

    /** A text with {0}, {1} … filled in (no MessageFormat, so apostrophes in texts need no escaping). */
    private String words(String key, String... values) {
        String text = i18n.getText(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", values[i]);
        }
        return text;
    }

    /** The viewer's formats for money, percentages, indices and dates. */
    private static final class Format {
        private final Locale locale;
        private final DateTimeFormatter dates;
        private final NumberFormat decimals;

        Format(Locale locale) {
            this.locale = locale;
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            this.decimals = NumberFormat.getNumberInstance(locale);
            decimals.setMinimumFractionDigits(1);
            decimals.setMaximumFractionDigits(2);
        }

        String money(Money money) {
            return MoneyFormat.format(money, locale);
        }

        String percent(BigDecimal percent) {
            return decimals.format(percent) + " %";
        }

        String index(BigDecimal index) {
            return decimals.format(index);
        }

        String date(LocalDate day) {
            return dates.format(day);
        }

        String range(DateRange range) {
            return dates.format(range.first()) + " – " + dates.format(range.last());
        }
    }
}

package io.github.ratecard.web;

import io.github.ratecard.budget.BottomUpForecast;
import io.github.ratecard.budget.BudgetReport;
import io.github.ratecard.budget.BudgetStatus;
import io.github.ratecard.budget.BurnPoint;
import io.github.ratecard.budget.CostBreakdown;
import io.github.ratecard.budget.EarnedValue;
import io.github.ratecard.budget.Expense;
import io.github.ratecard.budget.ExpenseCategory;
import io.github.ratecard.budget.ForecastChoice;
import io.github.ratecard.budget.HoursStatus;
import io.github.ratecard.budget.LabourBreakdown;
import io.github.ratecard.budget.Share;
import io.github.ratecard.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tiles and tables of the Budget page, formatted from a budget's report for one viewer; nothing is computed here. */
final class BudgetTables {

    private static final int UNPRICED_ISSUES_SHOWN = 10;

    private final ViewerFormat format;

    BudgetTables(ViewerFormat format) {
        this.format = format;
    }

    /** The tiles; the forecast and variance tiles show the verdict's forecast, so that they give the page's one answer. */
    List<PageRow> tiles(BudgetReport report, Optional<ForecastChoice.Choice> choice) {
        List<PageRow> tiles = new ArrayList<>();
        report.money().ifPresent(status -> tiles.addAll(moneyTiles(status, choice.orElseThrow())));
        report.hours().ifPresent(hours -> tiles.add(hoursTile(hours)));
        return tiles;
    }

    private List<PageRow> moneyTiles(BudgetStatus status, ForecastChoice.Choice choice) {
        String actualState = status.isOver() ? "over" : status.crossedThresholds().isEmpty() ? "ok" : "warning";
        ForecastChoice.Forecast forecast = choice.verdict().orElse(new ForecastChoice.Forecast(ForecastChoice.Basis.RUN_RATE, status.forecast(),
                status.variance()));
        String forecastState = forecast.isOver() ? "over" : "ok";
        String basis = format.text("ratecard.budget.tile.basis." + choice.basis().name());
        return List.of(
                tile("ratecard-tile-budget", "ratecard.budget.tile.budget", format.money(status.budget()), "", null),
                tile("ratecard-tile-actual", "ratecard.budget.tile.actual", format.money(status.actual()), actualState,
                        format.text("ratecard.budget.tile.consumed", format.percent(status.consumedPercent()))),
                tile("ratecard-tile-forecast", "ratecard.budget.tile.forecast", format.money(forecast.atCompletion()), forecastState, basis),
                tile("ratecard-tile-variance", "ratecard.budget.tile.variance", format.money(forecast.variance()), forecastState, null),
                tile("ratecard-tile-runout", "ratecard.budget.tile.runOut", status.runOut().map(format::date)
                        .orElse(format.text("ratecard.budget.tile.noRunOut")), status.runOut().isPresent() ? (status.isOver() ? "over" : "warning")
                        : "ok", format.text("ratecard.budget.tile.burnPerDay", format.money(status.burnPerDay()))));
    }

    private PageRow hoursTile(HoursStatus hours) {
        String state = hours.isOver() ? "over" : hours.crossedThresholds().isEmpty() ? "ok" : "warning";
        String used = WorkDuration.format(hours.actualSeconds()) + " / " + WorkDuration.format(hours.budgetSeconds());
        return tile("ratecard-tile-hours", "ratecard.budget.tile.hours", used, state,
                format.text("ratecard.budget.tile.consumed", format.percent(hours.consumedPercent())));
    }

    private PageRow tile(String id, String labelKey, String value, String state, String note) {
        return new PageRow(id, format.text(labelKey), List.of(value), state, note);
    }

    PageTable periods(BudgetReport report) {
        List<PageRow> rows = new ArrayList<>();
        for (BudgetReport.PeriodFigure figure : report.periods()) {
            boolean over = figure.spent() != null && figure.agreed() != null && figure.spent().compareTo(figure.agreed()) > 0;
            rows.add(new PageRow(figure.period().first().toString(), format.range(figure.period()), List.of(orEmpty(figure.agreed()),
                    orEmpty(figure.spent()), WorkDuration.format(figure.seconds()),
                    figure.consumedPercent() == null ? "" : format.percent(figure.consumedPercent())), over ? "over" : "",
                    over ? format.text("ratecard.budget.overMark") : null));
        }
        return new PageTable("ratecard-budget-periods", "ratecard.budget.periods", List.of("ratecard.budget.col.period",
                "ratecard.budget.col.budget", "ratecard.budget.col.spent", "ratecard.budget.col.hours", "ratecard.budget.col.ofBudget"), rows);
    }

    /** The burn by bucket; a bucket whose cumulative spending (or, ahead, forecast) is over the budget is marked in words too. */
    PageTable burn(List<BurnPoint> burn, Money budget) {
        List<PageRow> rows = new ArrayList<>();
        for (BurnPoint point : burn) {
            Money reached = point.cumulative() != null ? point.cumulative() : point.forecast();
            boolean over = reached != null && reached.compareTo(budget) > 0;
            rows.add(new PageRow(point.bucket().first().toString(), format.range(point.bucket()), List.of(
                    point.past() ? format.money(point.spent()) : "", orEmpty(point.cumulative()), format.money(point.planned()),
                    orEmpty(point.forecast())), over ? "over" : "", over ? format.text(point.cumulative() != null ? "ratecard.budget.overMark"
                    : "ratecard.budget.forecastOverMark") : null));
        }
        return new PageTable("ratecard-budget-burn", "ratecard.budget.burn", List.of("ratecard.budget.col.period", "ratecard.budget.col.spent",
                "ratecard.budget.col.cumulative", "ratecard.budget.col.plan", "ratecard.budget.col.forecast"), rows);
    }

    List<PageTable> shares(LabourBreakdown labour) {
        return List.of(shareTable("ratecard-budget-by-user", "ratecard.budget.byUser", labour.byUser()),
                shareTable("ratecard-budget-by-level", "ratecard.budget.byLevel", labour.byLevel()),
                shareTable("ratecard-budget-by-account", "ratecard.budget.byAccount", labour.byAccount()),
                shareTable("ratecard-budget-by-epic", "ratecard.budget.byEpic", labour.byEpic()),
                shareTable("ratecard-budget-top-issues", "ratecard.budget.topIssues", labour.topIssues()));
    }

    private PageTable shareTable(String id, String titleKey, List<Share> shares) {
        List<PageRow> rows = new ArrayList<>();
        for (Share share : shares) {
            String label = share.label() == null ? format.text("ratecard.budget.none") : share.label();
            rows.add(new PageRow(share.key(), label, List.of(format.money(share.amount()), WorkDuration.format(share.seconds()),
                    format.percent(share.percent())), "", null));
        }
        return new PageTable(id, titleKey, List.of("ratecard.budget.col.name", "ratecard.budget.col.amount", "ratecard.budget.col.hours",
                "ratecard.budget.col.share"), rows);
    }

    PageTable parts(CostBreakdown parts) {
        List<PageRow> rows = new ArrayList<>();
        rows.add(new PageRow("LABOUR", format.text("ratecard.budget.part.labour"), List.of(format.money(parts.labour())), "", null));
        rows.add(new PageRow("OVERHEAD", format.text("ratecard.budget.part.overhead"), List.of(format.money(parts.overhead())), "", null));
        for (ExpenseCategory category : ExpenseCategory.values()) {
            Money amount = parts.expenses().get(category);
            if (amount != null) {
                rows.add(new PageRow(category.name(), format.text("ratecard.expense.category." + category.name()), List.of(format.money(amount)),
                        "", null));
            }
        }
        rows.add(new PageRow("TOTAL", format.text("ratecard.budget.part.total"), List.of(format.money(parts.total())), "total", null));
        return new PageTable("ratecard-budget-parts", "ratecard.budget.parts", List.of("ratecard.budget.col.part", "ratecard.budget.col.amount"),
                rows);
    }

    /** The earned-value figures of a budget with an amount (its forecasts are the verdict's and its alternatives). */
    PageTable earnedValue(EarnedValue earned) {
        return new PageTable("ratecard-budget-earned-value", "ratecard.budget.earnedValue", List.of("ratecard.budget.col.figure",
                "ratecard.budget.col.value"), earnedRows(earned));
    }

    /** What the bottom-up forecast could not price, or null when it priced everything. */
    String unpricedEstimates(BottomUpForecast bottomUp) {
        List<String> unpriced = bottomUp.unpricedIssues();
        return bottomUp.isComplete() ? null : format.text("ratecard.budget.forecast.unpriced", WorkDuration.format(bottomUp.unpricedSeconds()),
                String.join(", ", unpriced.subList(0, Math.min(UNPRICED_ISSUES_SHOWN, unpriced.size()))));
    }

    private List<PageRow> earnedRows(EarnedValue earned) {
        return List.of(
                new PageRow("progress", format.text("ratecard.budget.evm.progress"), List.of(format.percent(earned.progress()
                        .multiply(BigDecimal.valueOf(100)))), "", null),
                new PageRow("earned", format.text("ratecard.budget.evm.earned"), List.of(format.money(earned.earned())), "", null),
                indexRow("cpi", "ratecard.budget.evm.cpi", earned.costPerformance()),
                indexRow("spi", "ratecard.budget.evm.spi", earned.schedulePerformance()));
    }

    /** A performance index, a warning below 1; a dash when there is nothing to measure it by. */
    private PageRow indexRow(String id, String labelKey, Optional<BigDecimal> index) {
        return new PageRow(id, format.text(labelKey), List.of(index.map(format::index).orElse("–")),
                index.filter(value -> value.compareTo(BigDecimal.ONE) < 0).isPresent() ? "warning" : "", null);
    }

    PageTable expenses(List<Expense> expenses) {
        List<PageRow> rows = new ArrayList<>();
        for (Expense expense : expenses) {
            rows.add(new PageRow(String.valueOf(expense.id()), format.date(expense.date()), List.of(expense.scope().key(),
                    format.text("ratecard.expense.category." + expense.category().name()), format.money(expense.amount()),
                    expense.billable() ? format.money(expense.billed()) : "", expense.description()), "", null));
        }
        return new PageTable("ratecard-budget-expenses", "ratecard.budget.expenses", List.of("ratecard.budget.col.date",
                "ratecard.budget.col.scope", "ratecard.budget.col.category", "ratecard.budget.col.amount", "ratecard.budget.col.billed",
                "ratecard.budget.col.description"), rows);
    }

    private String orEmpty(Money money) {
        return money == null ? "" : format.money(money);
    }
}

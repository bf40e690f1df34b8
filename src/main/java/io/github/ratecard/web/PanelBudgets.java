package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.app.BudgetService;
import io.github.ratecard.budget.BudgetStatus;
import io.github.ratecard.budget.BudgetWatch;
import io.github.ratecard.budget.HoursStatus;
import io.github.ratecard.budget.ScopeWork;
import io.github.ratecard.domain.IssueRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The budgets the Cost & billing panel shows on an issue: those of the issue itself and of the
 * issues whose trees hold it (its parent, its epic) that run today, each as a compact bar with the
 * consumed percentage, the budget's amount beside its run-rate forecast, and the highest threshold
 * reached. Only each budget's standing is read — its spending per day of the range — never the
 * remaining estimates of its issues, whose reading grows with an epic; so the panel names its
 * forecast "run-rate" where the Budget page's verdict may stand on the bottom-up one.
 */
public final class PanelBudgets {

    private final BudgetService budgets;
    private final BudgetReporter reporter;
    private final BudgetWatch watch;
    private final ScopeWork work;
    private final I18nResolver i18n;

    public PanelBudgets(BudgetService budgets, BudgetReporter reporter, BudgetWatch watch, ScopeWork work, I18nResolver i18n) {
        this.budgets = budgets;
        this.reporter = reporter;
        this.watch = watch;
        this.work = work;
        this.i18n = i18n;
    }

    public List<PanelBudgetView> of(IssueRef issue, Locale locale) {
        LocalDate today = watch.today();
        List<Budget> running = new ArrayList<>();
        List<String> chain = new ArrayList<>(List.of(issue.key()));
        chain.addAll(work.ancestorKeysOf(issue.key()));
        for (String key : chain) {
            budgets.ofScope(new BudgetScope(BudgetScope.Kind.ISSUE, key)).stream().filter(b -> b.range().contains(today)).forEach(running::add);
        }
        ViewerFormat format = new ViewerFormat(i18n, locale);
        List<PanelBudgetView> rows = new ArrayList<>();
        for (Budget budget : running) {
            rows.add(rowOf(budget, reporter.standing(budget, today), format));
        }
        return rows;
    }

    private static PanelBudgetView rowOf(Budget budget, BudgetReporter.Standing standing, ViewerFormat format) {
        Optional<BudgetStatus> money = standing.money();
        Optional<HoursStatus> hours = standing.hours();
        BigDecimal consumed = money.map(BudgetStatus::consumedPercent).orElseGet(() -> hours.map(HoursStatus::consumedPercent).orElse(BigDecimal.ZERO));
        boolean over = money.map(BudgetStatus::isOver).orElse(false) || hours.map(HoursStatus::isOver).orElse(false);
        String limits = money.map(status -> format.text("ratecard.budget.panel.budgetRunRate", format.wholeMoney(status.budget()),
                        format.wholeMoney(status.forecast())))
                .orElseGet(() -> format.text("ratecard.budget.panel.budget", WorkDuration.format(hours.map(HoursStatus::budgetSeconds).orElse(0L))));
        TreeSet<Integer> crossed = new TreeSet<>();
        money.ifPresent(status -> crossed.addAll(status.crossedThresholds()));
        hours.ifPresent(status -> crossed.addAll(status.crossedThresholds()));
        boolean forecastOver = money.map(BudgetStatus::isForecastOver).orElse(false);
        return new PanelBudgetView(budget.id(), format.text("ratecard.budget.panel.of", budget.scope().key()),
                format.text("ratecard.budget.panel.consumed", format.roundPercent(consumed)), consumed.intValue(), limits,
                over ? "over" : !crossed.isEmpty() || forecastOver ? "warning" : "ok",
                crossed.isEmpty() ? null : format.text("ratecard.budget.panel.reached", String.valueOf(crossed.last())));
    }
}

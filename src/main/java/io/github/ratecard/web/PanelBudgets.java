package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetReport;
import io.github.ratecard.budget.BudgetReporter;
import io.github.ratecard.budget.ForecastChoice;
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

/**
 * The budgets the Cost & billing panel shows on an issue: those of the issue itself and of the
 * issues whose trees hold it (its parent, its epic) that run today, each as a compact bar with the
 * consumed percentage, the budget's amount beside the forecast the Budget page's verdict uses, and
 * the highest threshold reached — all from one report of the budget, as the Budget page shows it.
 * One read of budgets per issue of the chain, then each shown budget's figures and estimates.
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
            BudgetReport report = reporter.report(budget, today);
            Optional<BudgetStatus> money = report.money();
            Optional<HoursStatus> hours = report.hours();
            BigDecimal consumed = money.map(BudgetStatus::consumedPercent).orElseGet(() -> hours.map(HoursStatus::consumedPercent).orElse(BigDecimal.ZERO));
            boolean over = money.map(BudgetStatus::isOver).orElse(false) || hours.map(HoursStatus::isOver).orElse(false);
            Optional<ForecastChoice.Forecast> forecast = money.flatMap(status -> ForecastChoice.of(status, budget.range().last(), report.bottomUp(),
                    report.earnedValue()).verdict());
            String limits = money.map(status -> forecast.map(f -> format.text("ratecard.budget.panel.budgetForecast", format.wholeMoney(status.budget()),
                            format.wholeMoney(f.atCompletion()))).orElse(format.text("ratecard.budget.panel.budget", format.wholeMoney(status.budget()))))
                    .orElseGet(() -> format.text("ratecard.budget.panel.budget", WorkDuration.format(hours.map(HoursStatus::budgetSeconds).orElse(0L))));
            List<Integer> crossed = report.crossedThresholds();
            boolean forecastOver = forecast.map(ForecastChoice.Forecast::isOver).orElse(false);
            rows.add(new PanelBudgetView(budget.id(), format.text("ratecard.budget.panel.of", budget.scope().key()),
                    format.text("ratecard.budget.panel.consumed", format.roundPercent(consumed)), consumed.intValue(), limits,
                    over ? "over" : !crossed.isEmpty() || forecastOver ? "warning" : "ok",
                    crossed.isEmpty() ? null : format.text("ratecard.budget.panel.reached", String.valueOf(crossed.get(crossed.size() - 1)))));
        }
        return rows;
    }
}

package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetAlert;
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
import java.util.Map;
import java.util.Optional;

/**
 * The budgets the Cost & billing panel shows on an issue: those of the issue itself and of the
 * issues whose trees hold it (its parent, its epic) that run today, each as a compact bar with the
 * consumed percentage, the forecast and the alert it stands at. One read of budgets per issue of
 * the chain, then the rollups of each budget shown.
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
        Map<Long, BudgetAlert> alerts = watch.standingAlerts(running, today);
        ViewerFormat format = new ViewerFormat(i18n, locale);
        List<PanelBudgetView> rows = new ArrayList<>();
        for (Budget budget : running) {
            BudgetReporter.Standing standing = reporter.standing(budget, today);
            Optional<BudgetStatus> money = standing.money();
            Optional<HoursStatus> hours = standing.hours();
            BigDecimal consumed = money.map(BudgetStatus::consumedPercent).orElseGet(() -> hours.map(HoursStatus::consumedPercent).orElse(BigDecimal.ZERO));
            boolean over = money.map(BudgetStatus::isOver).orElse(false) || hours.map(HoursStatus::isOver).orElse(false);
            boolean crossed = !money.map(BudgetStatus::crossedThresholds).orElse(List.of()).isEmpty()
                    || !hours.map(HoursStatus::crossedThresholds).orElse(List.of()).isEmpty();
            String forecast = money.map(status -> format.text("ratecard.budget.panel.forecast", format.money(status.forecast()))).orElse("");
            BudgetAlert alert = alerts.get(budget.id());
            rows.add(new PanelBudgetView(budget.id(), format.text("ratecard.budget.panel.of", budget.scope().key()),
                    format.text("ratecard.budget.panel.consumed", format.roundPercent(consumed)), consumed.intValue(), forecast,
                    over ? "over" : crossed || money.map(BudgetStatus::isForecastOver).orElse(false) ? "warning" : "ok",
                    alert == null ? null : format.text("ratecard.budget.alert", String.valueOf(alert.threshold()),
                            format.roundPercent(alert.consumedPercent()))));
        }
        return rows;
    }
}

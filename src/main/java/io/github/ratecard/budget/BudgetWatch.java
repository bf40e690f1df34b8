package io.github.ratecard.budget;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.IssueDirectory;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.ProjectRef;
import io.github.ratecard.domain.ReportingSettings;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookEvents;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises budget alerts: for every budget running today, the thresholds its current period has
 * reached (by money or hours) that no alert of the same budget version, threshold and period
 * recorded yet. Each new alert is stored in its own transaction, then one e-mail per budget (for
 * its highest new threshold) goes to the budget's owner and its project's lead. Runs in the
 * cluster's background job, so Log Work never waits for it.
 */
public final class BudgetWatch {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetWatch.class);

    private final BudgetStore budgets;
    private final BudgetReporter reporter;
    private final AlertStore alerts;
    private final AlertMailer mailer;
    private final ProjectDirectory projects;
    private final IssueDirectory issues;
    private final ReportingSettings settings;
    private final Transactions transactions;
    private final Clock clock;
    private final WebhookEvents events;

    public BudgetWatch(BudgetStore budgets, BudgetReporter reporter, AlertStore alerts, AlertMailer mailer, ProjectDirectory projects,
                       IssueDirectory issues, ReportingSettings settings, Transactions transactions, Clock clock) {
        this(budgets, reporter, alerts, mailer, projects, issues, settings, transactions, clock, WebhookEvents.NONE);
    }

    /** {@code events}: where each new alert is announced (to webhooks), in the transaction that stores it. */
    public BudgetWatch(BudgetStore budgets, BudgetReporter reporter, AlertStore alerts, AlertMailer mailer, ProjectDirectory projects,
                       IssueDirectory issues, ReportingSettings settings, Transactions transactions, Clock clock, WebhookEvents events) {
        this.events = events;
        this.budgets = budgets;
        this.reporter = reporter;
        this.alerts = alerts;
        this.mailer = mailer;
        this.projects = projects;
        this.issues = issues;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Checks every budget running today in the reporting time zone; returns the alerts raised. */
    public List<BudgetAlert> check() {
        return check(today());
    }

    public List<BudgetAlert> check(LocalDate day) {
        return check(day, (budget, e) -> LOG.error("Ratecard could not check {} for alerts; it is checked again with the next run", budget, e));
    }

    /** Checks every budget running on the day; a budget that cannot be checked is reported to {@code failures}, and the others are checked. */
    public List<BudgetAlert> check(LocalDate day, ItemFailures failures) {
        List<BudgetAlert> raised = new ArrayList<>();
        for (Budget budget : budgets.activeOn(day)) {
            try {
                raised.addAll(check(budget, day));
            } catch (RuntimeException e) {
                failures.failed("budget " + budget.id(), e);
            }
        }
        return raised;
    }

    /** The latest alert of each budget that still holds today: raised for its current version and the period that holds the day. */
    public Map<Long, BudgetAlert> standingAlerts(Collection<Budget> shown, LocalDate day) {
        Map<Long, Budget> byId = new HashMap<>();
        shown.forEach(budget -> byId.put(budget.id(), budget));
        Map<Long, BudgetAlert> standing = new HashMap<>();
        if (byId.isEmpty()) {
            return standing;
        }
        for (BudgetAlert alert : alerts.ofBudgets(byId.keySet())) {
            Budget budget = byId.get(alert.budgetId());
            if (budget != null && alert.budgetVersion().equals(budget.version()) && alert.period().contains(day)) {
                standing.merge(alert.budgetId(), alert, (a, b) -> a.threshold() >= b.threshold() ? a : b);
            }
        }
        return standing;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.reportingZone()));
    }

    private List<BudgetAlert> check(Budget budget, LocalDate day) {
        BudgetReporter.Standing standing = reporter.standing(budget, day);
        Map<Integer, BudgetAlert> reached = new java.util.TreeMap<>();
        standing.hours().ifPresent(hours -> hours.crossedThresholds().forEach(threshold ->
                reached.put(threshold, alert(budget, threshold, standing.period(), BudgetAlert.Basis.HOURS, hours.consumedPercent()))));
        standing.money().ifPresent(money -> money.crossedThresholds().forEach(threshold ->
                reached.put(threshold, alert(budget, threshold, standing.period(), BudgetAlert.Basis.MONEY, money.consumedPercent()))));
        List<BudgetAlert> raised = new ArrayList<>();
        for (BudgetAlert candidate : reached.values()) {
            if (alerts.exists(candidate.dedupKey())) {
                continue;
            }
            Optional<BudgetAlert> stored = transactions.inTransaction(() -> {
                if (alerts.exists(candidate.dedupKey())) {
                    return Optional.<BudgetAlert>empty();
                }
                BudgetAlert alert = withId(candidate, alerts.insert(candidate));
                events.publish(WebhookEvent.BUDGET_THRESHOLD_CROSSED, "budget:" + budget.id(), crossed(alert, budget));
                return Optional.of(alert);
            });
            stored.ifPresent(raised::add);
        }
        if (!raised.isEmpty()) {
            BudgetAlert highest = raised.get(raised.size() - 1);
            try {
                mailer.send(highest, budget, recipients(budget));
            } catch (RuntimeException e) {
                LOG.error("Ratecard recorded alert {} of budget {} but could not queue its e-mail", highest.id(), budget.id(), e);
            }
        }
        return raised;
    }

    private BudgetAlert alert(Budget budget, int threshold, DateRange period, BudgetAlert.Basis basis, BigDecimal percent) {
        return new BudgetAlert(0, budget.id(), threshold, period, budget.version(), basis, percent, clock.instant());
    }

    private static Map<String, Object> crossed(BudgetAlert alert, Budget budget) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("budgetId", budget.id());
        data.put("scopeKind", budget.scope().kind().name().toLowerCase(java.util.Locale.ROOT));
        data.put("scopeKey", budget.scope().key());
        data.put("threshold", alert.threshold());
        data.put("basis", alert.basis().name().toLowerCase(java.util.Locale.ROOT));
        data.put("consumedPercent", alert.consumedPercent());
        data.put("periodFrom", alert.period().first().toString());
        data.put("periodTo", alert.period().last().toString());
        return data;
    }

    private static BudgetAlert withId(BudgetAlert alert, long id) {
        return new BudgetAlert(id, alert.budgetId(), alert.threshold(), alert.period(), alert.budgetVersion(), alert.basis(),
                alert.consumedPercent(), alert.raisedAt());
    }

    /** The budget's owner and the lead of the project it belongs to (an account's budget: its owner). */
    private Set<String> recipients(Budget budget) {
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(budget.owner());
        Optional<ProjectRef> project = switch (budget.scope().kind()) {
            case PROJECT -> projects.byKey(budget.scope().key());
            case ISSUE -> issues.byKey(budget.scope().key()).flatMap(issue -> projects.byId(issue.projectId()));
            case ACCOUNT -> Optional.empty();
        };
        project.map(ProjectRef::leadUserKey).filter(lead -> !lead.isBlank()).ifPresent(recipients::add);
        return recipients;
    }
}

package io.github.ratecard.app;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.access.Viewer;
import io.github.ratecard.approval.Actor;
import io.github.ratecard.approval.ApprovalRefusal;
import io.github.ratecard.approval.CloseAction;
import io.github.ratecard.approval.CloseEvent;
import io.github.ratecard.approval.CloseScope;
import io.github.ratecard.approval.ClosedMonths;
import io.github.ratecard.approval.PeriodCloseRules;
import io.github.ratecard.approval.PeriodCloseStore;
import io.github.ratecard.approval.Reasons;
import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.BusinessDates;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.webhook.WebhookEvent;
import io.github.ratecard.webhook.WebhookEvents;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finance closes a month, for every project or one, and reopens it with a reason; each in one
 * transaction with an audit entry and a step in the month's history. A refused action changes nothing.
 */
public final class PeriodCloseService {

    static final String AUDIT_TYPE = "period-close";

    private final PeriodCloseStore store;
    private final ProjectDirectory projects;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final WebhookEvents events;

    public PeriodCloseService(PeriodCloseStore store, ProjectDirectory projects, AccessPolicy access, AuditLog audit, Transactions transactions,
                              Clock clock) {
        this(store, projects, access, audit, transactions, clock, WebhookEvents.NONE);
    }

    /** {@code events}: where a closed month is announced (to webhooks), in the closing transaction. */
    public PeriodCloseService(PeriodCloseStore store, ProjectDirectory projects, AccessPolicy access, AuditLog audit, Transactions transactions,
                              Clock clock, WebhookEvents events) {
        this.events = events;
        this.store = store;
        this.projects = projects;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public boolean isClosed(CloseScope scope, YearMonth month) {
        return store.isClosed(scope, month);
    }

    /** The months closed from {@code first} to {@code last} in every scope; finance only. */
    public ClosedMonths closedBetween(YearMonth first, YearMonth last) {
        access.requireSignedIn();
        access.requireFinance();
        return store.closedBetween(first, last);
    }

    public List<CloseEvent> history(CloseScope scope, YearMonth month) {
        return store.history(scope, month);
    }

    /** Closes the month; {@code note} is optional. */
    public void close(CloseScope scope, YearMonth month, String note) {
        change(CloseAction.CLOSE, scope, month, note);
    }

    public void reopen(CloseScope scope, YearMonth month, String reason) {
        change(CloseAction.REOPEN, scope, month, reason);
    }

    private void change(CloseAction action, CloseScope scope, YearMonth month, String reason) {
        access.requireSignedIn();
        Viewer viewer = access.currentViewer().orElseThrow();
        Actor actor = new Actor(viewer.userKey(), access.currentUserIsFinance(), Set.of(), Set.of());
        refuse(PeriodCloseRules.refusal(action, false, actor, reason).filter(r -> r.kind() != ApprovalRefusal.Kind.STATE));
        checkScope(scope);
        BusinessDates.require(month.atDay(1), "month");
        store.prepare(scope, month);
        transactions.inTransaction(() -> {
            boolean closed = store.isClosed(scope, month);
            refuse(PeriodCloseRules.refusal(action, closed, actor, reason));
            String kept = Reasons.normalised(reason);
            if (!store.apply(scope, month, new CloseEvent(action, viewer.userKey(), clock.instant(), kept))) {
                refuse(Optional.of(ApprovalRefusal.CHANGED_MEANWHILE));
            }
            audit.record(AUDIT_TYPE, scope.key() + "|" + month, action.name().toLowerCase(java.util.Locale.ROOT), snapshot(scope, month, closed, null),
                    snapshot(scope, month, !closed, kept));
            if (action == CloseAction.CLOSE) {
                events.publish(WebhookEvent.PERIOD_CLOSED, "period:" + scope.key() + "|" + month, closedEvent(scope, month, viewer.userKey(), kept));
            }
            return null;
        });
    }

    private void checkScope(CloseScope scope) {
        scope.project().ifPresent(id -> InvalidInputException.require(projects.byId(id).isPresent(), "projectId", "No project " + id));
    }

    private static void refuse(Optional<ApprovalRefusal> refusal) {
        if (refusal.isPresent()) {
            throw ApprovalRefusals.exception(refusal.get(), "month");
        }
    }

    private Map<String, Object> closedEvent(CloseScope scope, YearMonth month, String by, String note) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("month", month.toString());
        data.put("projectId", scope.projectId());
        data.put("projectKey", scope.project().flatMap(projects::byId).map(io.github.ratecard.domain.ProjectRef::key).orElse(null));
        data.put("closedBy", by);
        data.put("note", note);
        return data;
    }

    private static Map<String, Object> snapshot(CloseScope scope, YearMonth month, boolean closed, String reason) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("scope", scope.global() ? "all projects" : "project " + scope.projectId());
        values.put("month", month.toString());
        values.put("closed", closed);
        if (reason != null) {
            values.put("reason", reason);
        }
        return values;
    }
}

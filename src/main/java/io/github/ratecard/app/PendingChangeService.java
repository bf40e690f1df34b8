package io.github.ratecard.app;

import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.approval.ApprovalRefusal;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.WorklogChange;
import io.github.ratecard.ledger.WorklogRecord;
import io.github.ratecard.ledger.WorklogSource;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finance resolves the pending changes of approved or closed work. Accepting one prices the worklog
 * as Jira has it now into the ledger, past the lock (the difference flows into the rollups like any
 * re-pricing; an invoiced entry keeps its price and the difference becomes an adjustment on the
 * account's next invoice); flagging keeps the ledger's figures and the change on record. Each in one
 * transaction with an audit entry; a change no longer open is refused and nothing changes.
 */
public final class PendingChangeService {

    static final String AUDIT_TYPE = "pending-change";

    private final PendingChangeStore store;
    private final LedgerKeeper keeper;
    private final WorklogSource jira;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public PendingChangeService(PendingChangeStore store, LedgerKeeper keeper, WorklogSource jira, AccessPolicy access, AuditLog audit,
                                Transactions transactions, Clock clock) {
        this.store = store;
        this.keeper = keeper;
        this.jira = jira;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The project's open pending changes, oldest first (those of work moved out of it too); finance only. */
    public List<PendingChangeStore.Stored> openOfProject(long projectId) {
        requireFinance();
        return store.openOfProject(projectId);
    }

    /** The open pending changes of work on the days from {@code first} to {@code last}, every project's, oldest first; finance only. */
    public List<PendingChangeStore.Stored> openOnDays(java.time.LocalDate first, java.time.LocalDate last) {
        requireFinance();
        return store.openOnDays(first, last);
    }

    /** The oldest {@code limit} open pending changes of work on these days, every project's, and how many per project and month; finance only. */
    public PendingChangeStore.OpenOnDays openOnDays(java.time.LocalDate first, java.time.LocalDate last, int limit) {
        requireFinance();
        return store.openOnDays(first, last, limit);
    }

    /** One page of the project's open pending changes, oldest first (those of work moved out of it too); finance only. */
    public Page<PendingChangeStore.Stored> openOfProject(long projectId, int offset, int limit) {
        requireFinance();
        return store.openOfProject(projectId, offset, limit);
    }

    public PendingChangeStore.Stored byId(long id) {
        requireFinance();
        return store.byId(id).orElseThrow(() -> new NotFoundException("No pending change " + id));
    }

    public void accept(long id) {
        PendingChangeStore.Stored pending = open(id);
        WorklogChange now = currentInJira(pending.change());
        transactions.inTransaction(() -> {
            resolve(pending, PendingChangeStore.Status.ACCEPTED, "accept");
            keeper.applyAccepted(List.of(now));
            return null;
        });
    }

    public void flag(long id) {
        PendingChangeStore.Stored pending = open(id);
        transactions.inTransaction(() -> {
            resolve(pending, PendingChangeStore.Status.FLAGGED, "flag");
            return null;
        });
    }

    private PendingChangeStore.Stored open(long id) {
        PendingChangeStore.Stored pending = byId(id);
        if (pending.status() != PendingChangeStore.Status.OPEN) {
            throw ApprovalRefusals.exception(ApprovalRefusal.PENDING_RESOLVED, "status");
        }
        return pending;
    }

    private void resolve(PendingChangeStore.Stored pending, PendingChangeStore.Status status, String action) {
        String userKey = access.currentViewer().orElseThrow().userKey();
        if (!store.resolve(pending.id(), status, userKey, clock.instant())) {
            throw ApprovalRefusals.exception(ApprovalRefusal.PENDING_RESOLVED, "status");
        }
        audit.record(AUDIT_TYPE, String.valueOf(pending.id()), action, snapshot(pending.change(), PendingChangeStore.Status.OPEN),
                snapshot(pending.change(), status));
    }

    /** The worklog as Jira has it now; a deletion (at the time of the change) when Jira no longer has it. */
    private WorklogChange currentInJira(PendingChange change) {
        Optional<WorklogRecord> record = jira.after(change.worklogId() - 1, 1).stream().filter(r -> r.worklogId() == change.worklogId()).findFirst();
        return record.map(WorklogChange::saved).orElseGet(() -> WorklogChange.deleted(change.worklogId(), change.changedAt()));
    }

    private void requireFinance() {
        access.requireSignedIn();
        if (!access.currentUserIsFinance()) {
            throw ApprovalRefusals.exception(ApprovalRefusal.NOT_FINANCE, "status");
        }
    }

    private static Map<String, Object> snapshot(PendingChange change, PendingChangeStore.Status status) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("worklog", change.worklogId());
        values.put("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT));
        values.put("before", change.before().map(PendingChangeService::figures).orElse("none"));
        values.put("after", change.after().map(PendingChangeService::figures).orElse("none"));
        values.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        return values;
    }

    private static String figures(LoggedWork work) {
        return work.userKey() + ", project " + work.projectId() + ", " + work.day() + ", " + work.seconds() + " s";
    }
}

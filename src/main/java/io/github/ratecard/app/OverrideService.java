package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.billing.AccountChoice;
import io.github.ratecard.billing.AccountStore;
import io.github.ratecard.billing.OverrideStore;
import io.github.ratecard.billing.WorklogOverride;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerKeeper;
import io.github.ratecard.ledger.LedgerStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corrections of how single worklogs bill, by a lead or finance: billable or not, billed time,
 * another linked account; each with a reason, audited, and priced at once. Invoiced work cannot
 * be corrected: it keeps what it was billed at.
 */
public final class OverrideService {

    static final String AUDIT_TYPE = "worklog-override";

    private final OverrideStore overrides;
    private final LedgerStore ledger;
    private final AccountStore accounts;
    private final LedgerKeeper keeper;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public OverrideService(OverrideStore overrides, LedgerStore ledger, AccountStore accounts, LedgerKeeper keeper, AuditLog audit,
                           Transactions transactions, Clock clock) {
        this.overrides = overrides;
        this.ledger = ledger;
        this.accounts = accounts;
        this.keeper = keeper;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The worklog's ledger entry; not found when Ratecard has not priced it or it was deleted. */
    public LedgerEntry entry(long worklogId) {
        return Optional.ofNullable(ledger.storedAll(List.of(worklogId)).get(worklogId)).flatMap(LedgerStore.Stored::entry)
                .orElseThrow(() -> new NotFoundException("No priced worklog " + worklogId));
    }

    public Optional<WorklogOverride> overrideOf(long worklogId) {
        return overrides.of(worklogId);
    }

    /** Sets the worklog's override, replacing any earlier one, and prices the worklog again. */
    public WorklogOverride set(long worklogId, Boolean billable, Long billedSeconds, String accountKey, String reason, String userKey) {
        WorklogOverride requested = WorklogOverride.requested(worklogId, billable, billedSeconds, accountKey, reason, userKey,
                clock.instant());
        return transactions.inTransaction(() -> {
            LedgerEntry entry = changeableEntry(worklogId);
            if (requested.accountKey() != null) {
                AccountChoice.require(requested.accountKey(), "the worklog's project", accounts.linksOfProject(entry.projectId()),
                        accounts::account, "accountKey");
            }
            Optional<WorklogOverride> before = overrides.of(worklogId);
            overrides.save(requested);
            audit.record(AUDIT_TYPE, String.valueOf(worklogId), before.isPresent() ? "update" : "create",
                    before.map(OverrideService::snapshot).orElse(null), snapshot(requested));
            keeper.repriceWorklog(worklogId);
            return requested;
        });
    }

    /** Removes the worklog's override, so it bills as its issue and account say again. */
    public void remove(long worklogId) {
        transactions.inTransaction(() -> {
            changeableEntry(worklogId);
            WorklogOverride before = overrides.of(worklogId)
                    .orElseThrow(() -> new NotFoundException("Worklog " + worklogId + " has no override"));
            overrides.remove(worklogId);
            audit.record(AUDIT_TYPE, String.valueOf(worklogId), "delete", snapshot(before), null);
            keeper.repriceWorklog(worklogId);
            return null;
        });
    }

    private LedgerEntry changeableEntry(long worklogId) {
        LedgerEntry entry = entry(worklogId);
        if (entry.invoiced()) {
            throw new ConflictException("worklogId", "Worklog " + worklogId
                    + " is marked invoiced in the ledger: it keeps what it was billed at and cannot be overridden");
        }
        return entry;
    }

    private static Map<String, Object> snapshot(WorklogOverride override) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("billable", override.billable());
        values.put("billedSeconds", override.billedSeconds());
        values.put("accountKey", override.accountKey());
        values.put("reason", override.reason());
        values.put("setBy", override.setBy());
        return values;
    }
}

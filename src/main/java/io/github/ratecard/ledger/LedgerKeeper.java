package io.github.ratecard.ledger;

import io.github.ratecard.domain.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the ledger and its rollups true as worklogs change, in one transaction per change.
 * Idempotent and order-proof: a change older than what is stored for its worklog (by Jira's
 * updated time) changes nothing, a deletion is final, and re-delivering a change gives the
 * same ledger. Entries marked invoiced keep the price they were billed at.
 */
public final class LedgerKeeper implements WorklogChangeHandler {

    private final LedgerStore store;
    private final WorklogPricer pricer;
    private final Transactions transactions;
    private final Clock clock;

    public LedgerKeeper(LedgerStore store, WorklogPricer pricer, Transactions transactions, Clock clock) {
        this.store = store;
        this.pricer = pricer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void handle(WorklogChange change) {
        transactions.inTransaction(() -> {
            Optional<LedgerStore.Stored> stored = store.stored(change.worklogId());
            if (stored.isPresent() && isNewerThan(stored.get(), change)) {
                return null;
            }
            Optional<LedgerEntry> previous = stored.flatMap(LedgerStore.Stored::entry);
            if (previous.filter(LedgerEntry::invoiced).isPresent()) {
                return null;
            }
            List<Rollup> delta = new ArrayList<>();
            previous.ifPresent(entry -> delta.addAll(Rollup.contributionsOf(entry, -1)));
            if (change.kind() == WorklogChange.Kind.SAVED) {
                LedgerEntry entry = pricer.price(change.record().orElseThrow(), clock.instant());
                delta.addAll(Rollup.contributionsOf(entry, +1));
                store.save(entry);
            } else {
                store.markDeleted(change.worklogId(), change.at());
            }
            store.addToRollups(delta);
            return null;
        });
    }

    /**
     * The issue moved to another project: its entries follow it and are priced again for the
     * new project (its default account and rates); invoiced entries keep their price.
     */
    public void issueMoved(long issueId, long newProjectId) {
        transactions.inTransaction(() -> {
            List<Rollup> delta = new ArrayList<>();
            for (LedgerEntry entry : store.allEntriesOfIssue(issueId)) {
                if (entry.invoiced() || entry.projectId() == newProjectId) {
                    continue;
                }
                LedgerEntry moved = pricer.price(new WorklogRecord(entry.worklogId(), issueId, "", newProjectId, "", entry.authorKey(),
                        entry.started(), entry.workedSeconds(), entry.sourceUpdated()), clock.instant());
                delta.addAll(Rollup.contributionsOf(entry, -1));
                delta.addAll(Rollup.contributionsOf(moved, +1));
                store.save(moved);
            }
            store.addToRollups(delta);
            return null;
        });
    }

    /** The issue was deleted, and its worklogs with it. */
    public void issueDeleted(long issueId) {
        transactions.inTransaction(() -> {
            List<Rollup> delta = new ArrayList<>();
            for (LedgerEntry entry : store.allEntriesOfIssue(issueId)) {
                delta.addAll(Rollup.contributionsOf(entry, -1));
                store.markDeleted(entry.worklogId(), clock.instant());
            }
            store.addToRollups(delta);
            return null;
        });
    }

    /** Whether what is stored already reflects a later state than the change. Jira never reuses a deleted worklog's id. */
    private static boolean isNewerThan(LedgerStore.Stored stored, WorklogChange change) {
        if (stored.deletedAt().isPresent()) {
            return true;
        }
        if (change.kind() == WorklogChange.Kind.DELETED) {
            return false;
        }
        return stored.entry().map(e -> e.sourceUpdated().isAfter(change.at())).orElse(false);
    }
}

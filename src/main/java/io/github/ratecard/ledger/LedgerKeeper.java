package io.github.ratecard.ledger;

import io.github.ratecard.approval.ChangeGate;
import io.github.ratecard.approval.Locks;
import io.github.ratecard.approval.LoggedWork;
import io.github.ratecard.approval.PendingChange;
import io.github.ratecard.approval.PendingChangeStore;
import io.github.ratecard.approval.WorklogEdit;
import io.github.ratecard.domain.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the ledger and its rollups true as worklogs change: each change, or each batch of
 * changes, in one transaction with its rollups. Idempotent and order-proof: a change older than
 * what is stored for its worklog (by Jira's updated time) changes nothing, a deletion is final,
 * and re-delivering a change gives the same ledger. Entries marked invoiced keep the price they
 * were billed at. A saved worklog whose work day lies outside the business dates is not priced:
 * it leaves the ledger (as far as it is not invoiced) and is put aside with the reason.
 *
 * <p>Locked work (its day, before or after the change, in an approved timesheet or a closed month) is
 * not changed by Jira's changes: the entry keeps its figures and the change is kept as the worklog's
 * pending change (once, however often it is delivered), until finance accepts it
 * ({@link #applyAccepted}); a change back to the entry's figures withdraws it. Re-pricing leaves
 * locked entries at their price, as it leaves invoiced ones. Both count as skipped.
 */
public final class LedgerKeeper implements WorklogChangeHandler {

    private final LedgerStore store;
    private final RollupStore rollups;
    private final WorklogPricer pricer;
    private final Transactions transactions;
    private final Clock clock;
    private final InvoicedWorkChanges invoicedChanges;
    private final RefusedWorklogs refusals;
    private final LockedWork locked;

    /** How a batch meets locked work: Jira's changes are held, re-pricing leaves it alone, finance's acceptance goes through. */
    private enum Mode { JIRA, REPRICE, ACCEPTED }

    public LedgerKeeper(LedgerStore store, RollupStore rollups, WorklogPricer pricer, Transactions transactions, Clock clock) {
        this(store, rollups, pricer, transactions, clock, InvoicedWorkChanges.NONE);
    }

    /** {@code invoicedChanges} hears of Jira's changes to invoiced work (not of re-pricing, which leaves invoiced entries alone). */
    public LedgerKeeper(LedgerStore store, RollupStore rollups, WorklogPricer pricer, Transactions transactions, Clock clock,
                        InvoicedWorkChanges invoicedChanges) {
        this(store, rollups, pricer, transactions, clock, invoicedChanges, RefusedWorklogs.LOG_ONLY);
    }

    /** {@code refusals} keeps the worklogs the ledger will not price. */
    public LedgerKeeper(LedgerStore store, RollupStore rollups, WorklogPricer pricer, Transactions transactions, Clock clock,
                        InvoicedWorkChanges invoicedChanges, RefusedWorklogs refusals) {
        this(store, rollups, pricer, transactions, clock, invoicedChanges, refusals, LockedWork.NONE);
    }

    /** {@code locked} says which work is locked and keeps the changes of it the ledger holds back. */
    public LedgerKeeper(LedgerStore store, RollupStore rollups, WorklogPricer pricer, Transactions transactions, Clock clock,
                        InvoicedWorkChanges invoicedChanges, RefusedWorklogs refusals, LockedWork locked) {
        this.locked = locked;
        this.invoicedChanges = invoicedChanges;
        this.refusals = refusals;
        this.store = store;
        this.rollups = rollups;
        this.pricer = pricer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void handle(WorklogChange change) {
        apply(List.of(change));
    }

    /**
     * Applies the changes in order, in one transaction, reading what is stored for them once. A
     * batch priced while a change of the rate card was committed elsewhere is priced again before
     * it is written, so that the change's re-pricing, which may already have passed these
     * worklogs, is not undone by prices from the old rate card.
     */
    public BatchResult apply(List<WorklogChange> changes) {
        return apply(changes, Mode.JIRA);
    }

    /** Applies changes finance accepted into the ledger although their work is locked (invoiced entries still keep their price). */
    public BatchResult applyAccepted(List<WorklogChange> changes) {
        return apply(changes, Mode.ACCEPTED);
    }

    private BatchResult apply(List<WorklogChange> changes, Mode mode) {
        if (changes.isEmpty()) {
            return BatchResult.NONE;
        }
        return transactions.inTransaction(() -> {
            Set<Long> ids = new LinkedHashSet<>();
            changes.forEach(change -> ids.add(change.worklogId()));
            Map<Long, LedgerStore.Stored> read = store.storedAll(ids);
            List<WorklogRecord> records = new ArrayList<>();
            changes.forEach(change -> change.record().ifPresent(records::add));
            Instant now = clock.instant();
            Locks locks = mode == Mode.ACCEPTED ? NO_LOCKS : locksOf(records, read.values(), mode == Mode.JIRA);
            Plan plan = priced(changes, records, read, now, locks, mode);
            write(plan, read, now);
            return plan.result();
        });
    }

    /**
     * Prices worklogs the ledger holds nothing for, for a writer that stores them itself, exactly as
     * {@link #apply} would (re-priced when the rate card changed meanwhile). Empty when any of them would
     * be more than a new entry (a worklog put aside, or one named twice): such a batch is for {@link #apply}.
     */
    public Optional<NewEntries> priceNew(List<WorklogRecord> records) {
        List<WorklogChange> changes = new ArrayList<>(records.size());
        records.forEach(record -> changes.add(WorklogChange.saved(record)));
        Plan plan = priced(changes, records, Map.of(), clock.instant(), locksOf(records, List.of(), false), Mode.JIRA);
        if (plan.saves.size() != records.size() || !plan.refused.isEmpty() || !plan.setAside.isEmpty() || !plan.deletions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewEntries(new ArrayList<>(plan.saves.values()), plan.delta, plan.result()));
    }

    /**
     * Plans the re-pricing of these live entries, each with the row it was read from, for a writer that replaces the
     * rows itself, exactly as {@link #reprice} would price them (again when the rate card changed meanwhile). Empty when
     * the batch needs more than replacing rows: an entry whose work is locked, a worklog put aside, or an invoiced entry
     * the current rate card prices differently (whose change the keeper's path handles); such a batch is for {@link #reprice}.
     */
    public Optional<RepricedEntries> planReprice(List<LedgerStore.Stored> rows) {
        Map<Long, LedgerStore.Stored> read = new LinkedHashMap<>();
        List<WorklogRecord> records = new ArrayList<>(rows.size());
        List<WorklogChange> changes = new ArrayList<>(rows.size());
        for (LedgerStore.Stored row : rows) {
            LedgerEntry entry = row.entry().orElseThrow(() -> new IllegalArgumentException("Only live entries are priced again"));
            WorklogRecord record = recordOf(entry, entry.projectId());
            read.put(entry.worklogId(), row);
            records.add(record);
            changes.add(WorklogChange.saved(record));
        }
        Plan plan = priced(changes, records, read, clock.instant(), locksOf(records, read.values(), false), Mode.REPRICE);
        if (plan.locked > 0 || plan.invoicedRepriced > 0 || !plan.refused.isEmpty() || !plan.setAside.isEmpty() || !plan.deletions.isEmpty()
                || !plan.invoicedChanges.isEmpty() || read.size() != rows.size() || plan.saves.size() + plan.invoiced != rows.size()) {
            return Optional.empty();
        }
        List<Long> replaced = new ArrayList<>(plan.saves.size());
        plan.saves.keySet().forEach(worklogId -> replaced.add(read.get(worklogId).rowId()));
        return Optional.of(new RepricedEntries(replaced, new ArrayList<>(plan.saves.values()), plan.delta, plan.result()));
    }

    /** The batch's plan, priced once more when a change of the rate card was committed while it was priced. */
    private Plan priced(List<WorklogChange> changes, List<WorklogRecord> records, Map<Long, LedgerStore.Stored> read, Instant now, Locks locks,
                        Mode mode) {
        WorklogPricer batchPricer = pricer.forBatch(records, read.keySet());
        Plan plan = plan(changes, read, batchPricer, now, locks, mode);
        if (!batchPricer.pricedAgainstCurrentRateCard()) {
            plan = plan(changes, read, pricer.forBatch(records, read.keySet()), now, locks, mode);
        }
        return plan;
    }

    private static final Locks NO_LOCKS = (userKey, projectId, day) -> Set.of();

    /**
     * The locks on every day the batch touches, read once: the days of its stored entries and of its worklogs (a day
     * either side of UTC's). {@code holding} (Jira's changes): the submitted timesheets of those days are held first, so
     * an approval and this write cannot cross.
     */
    private Locks locksOf(List<WorklogRecord> records, Iterable<LedgerStore.Stored> read, boolean holding) {
        LocalDate first = null;
        LocalDate last = null;
        List<LocalDate> days = new ArrayList<>();
        Set<String> users = new HashSet<>();
        records.forEach(record -> {
            LocalDate day = LocalDate.ofInstant(record.started(), ZoneOffset.UTC);
            days.add(day.minusDays(1));
            days.add(day.plusDays(1));
            users.add(record.authorKey());
        });
        read.forEach(stored -> stored.entry().ifPresent(entry -> {
            days.add(entry.workDate());
            users.add(entry.authorKey());
        }));
        for (LocalDate day : days) {
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        return first == null ? NO_LOCKS : locked.between(first, last, users, holding);
    }

    /** What a batch changes, worked out without writing anything. */
    private Plan plan(List<WorklogChange> changes, Map<Long, LedgerStore.Stored> read, WorklogPricer batchPricer, Instant now, Locks locks,
                      Mode mode) {
        Plan plan = new Plan();
        Map<Long, LedgerStore.Stored> current = new HashMap<>(read);
        for (WorklogChange change : changes) {
            LedgerStore.Stored stored = current.get(change.worklogId());
            if (stored != null && isNewerThan(stored, change)) {
                plan.stale++;
                continue;
            }
            Optional<LedgerEntry> previous = stored == null ? Optional.empty() : stored.entry();
            Optional<String> refusal = change.record().flatMap(batchPricer::refusal);
            Optional<LedgerEntry> priced = change.record().filter(record -> refusal.isEmpty()).map(record -> batchPricer.price(record, now));
            if (held(change, previous, priced, locks, mode, plan)) {
                plan.invoiced++;
                continue;
            }
            refusal.ifPresent(reason -> plan.refused.put(change.record().get(), reason));
            if (previous.filter(LedgerEntry::invoiced).isPresent()) {
                plan.invoiced++;
                if (priced.filter(again -> !samePrice(again, previous.get())).isPresent()) {
                    plan.invoicedRepriced++;
                }
                if (change.kind() == WorklogChange.Kind.DELETED || change.at().isAfter(previous.get().sourceUpdated())) {
                    plan.invoicedChanges.add(new InvoicedChange(previous.get(), priced));
                }
                continue;
            }
            previous.ifPresent(entry -> plan.delta.addAll(Rollup.contributionsOf(entry, -1)));
            if (refusal.isPresent()) {
                plan.saves.remove(change.worklogId());
                plan.deletions.remove(change.worklogId());
                plan.setAside.add(change.worklogId());
                current.put(change.worklogId(), new LedgerStore.Stored(Optional.empty(), Optional.empty()));
            } else if (change.kind() == WorklogChange.Kind.SAVED) {
                LedgerEntry entry = priced.orElseThrow();
                plan.delta.addAll(Rollup.contributionsOf(entry, +1));
                plan.saves.put(entry.worklogId(), entry);
                plan.deletions.remove(entry.worklogId());
                plan.setAside.remove(entry.worklogId());
                current.put(entry.worklogId(), new LedgerStore.Stored(Optional.of(entry), Optional.empty()));
            } else {
                plan.saves.remove(change.worklogId());
                plan.setAside.remove(change.worklogId());
                plan.deletions.put(change.worklogId(), change.at());
                current.put(change.worklogId(), new LedgerStore.Stored(Optional.empty(), Optional.of(change.at())));
            }
            plan.applied++;
        }
        return plan;
    }

    /**
     * Whether the gate keeps the change out of the ledger because its work is locked: Jira's change is
     * recorded as pending (or, back at the entry's figures, withdraws the pending one); re-pricing just passes.
     */
    private static boolean held(WorklogChange change, Optional<LedgerEntry> previous, Optional<LedgerEntry> priced, Locks locks, Mode mode,
                                Plan plan) {
        if (mode == Mode.ACCEPTED) {
            return false;
        }
        Optional<LoggedWork> before = previous.map(LedgerKeeper::work);
        Optional<LoggedWork> after = change.record().map(record -> priced.map(LedgerKeeper::work).orElseGet(() -> new LoggedWork(record.authorKey(),
                record.projectId(), LocalDate.ofInstant(record.started(), ZoneOffset.UTC), record.timeSpentSeconds())));
        if (before.isEmpty() && after.isEmpty()) {
            if (mode == Mode.JIRA) {
                plan.vanished.put(change.worklogId(), change.at());
            }
            return false;
        }
        ChangeGate.Decision decision = ChangeGate.decide(new WorklogEdit(change.worklogId(), before, after, change.at()), locks);
        if (decision instanceof ChangeGate.Decision.Accept) {
            return false;
        }
        plan.locked++;
        if (mode == Mode.JIRA && decision instanceof ChangeGate.Decision.Hold hold) {
            plan.held.add(hold.change());
        } else if (mode == Mode.JIRA && decision instanceof ChangeGate.Decision.Unchanged unchanged
                && previous.filter(entry -> change.at().isAfter(entry.sourceUpdated())).isPresent()) {
            plan.withdrawn.put(change.worklogId(), new PendingChange(change.worklogId(), WorklogEdit.Kind.EDITED, before, after, change.at(),
                    unchanged.locks()));
        }
        return true;
    }

    /** Whether an entry priced again bills and costs what the stored one does. */
    private static boolean samePrice(LedgerEntry now, LedgerEntry stored) {
        return Objects.equals(now.cost(), stored.cost()) && Objects.equals(now.bill(), stored.bill()) && now.billedSeconds() == stored.billedSeconds()
                && now.billable() == stored.billable() && Objects.equals(now.accountKey(), stored.accountKey());
    }

    private static LoggedWork work(LedgerEntry entry) {
        return new LoggedWork(entry.authorKey(), entry.projectId(), entry.workDate(), entry.workedSeconds());
    }

    private void write(Plan plan, Map<Long, LedgerStore.Stored> read, Instant now) {
        locked.pending().ifPresent(pending -> keepPending(pending, plan, now));
        plan.invoicedChanges.forEach(change -> invoicedChanges.changed(change.billed(), change.now()));
        List<Long> replacedRows = new ArrayList<>();
        for (Long worklogId : read.keySet()) {
            if (plan.saves.containsKey(worklogId) || plan.deletions.containsKey(worklogId) || plan.setAside.contains(worklogId)) {
                replacedRows.add(read.get(worklogId).rowId());
            }
        }
        store.remove(replacedRows);
        store.insertAll(new ArrayList<>(plan.saves.values()));
        store.insertDeletionMarks(plan.deletions);
        rollups.addToRollups(plan.delta);
        plan.refused.forEach((record, reason) -> refusals.refused(record, reason, now));
    }

    /**
     * Records the held changes and withdraws the pending changes of work back at its figures (whatever order Jira's
     * changes arrive in: the time of the change back is remembered). A held change
     * with the same figures as the worklog's open one (a deletion delivered again, at a later time) is that one.
     */
    private static void keepPending(PendingChangeStore pending, Plan plan, Instant now) {
        for (PendingChange change : plan.held) {
            boolean same = pending.openOf(change.worklogId()).map(PendingChangeStore.Stored::change)
                    .filter(open -> open.kind() == change.kind() && open.before().equals(change.before()) && open.after().equals(change.after()))
                    .isPresent();
            if (!same) {
                pending.record(change, now);
            }
        }
        plan.withdrawn.values().forEach(reverted -> pending.withdraw(reverted, now));
        plan.vanished.forEach((worklogId, at) -> pending.openOf(worklogId).map(PendingChangeStore.Stored::change).ifPresent(open ->
                pending.withdraw(new PendingChange(worklogId, WorklogEdit.Kind.DELETED, open.after(), Optional.empty(), at, open.locks()), now)));
    }

    /** The entries, marks and rollup contributions a batch writes, and its counts. */
    private static final class Plan {
        final Map<Long, LedgerEntry> saves = new LinkedHashMap<>();
        final Map<Long, Instant> deletions = new LinkedHashMap<>();
        final Set<Long> setAside = new LinkedHashSet<>();
        final Map<WorklogRecord, String> refused = new LinkedHashMap<>();
        final List<Rollup> delta = new ArrayList<>();
        final List<InvoicedChange> invoicedChanges = new ArrayList<>();
        final List<PendingChange> held = new ArrayList<>();
        /** Worklogs Jira changed back to their locked figures, each as a change that changes nothing. */
        final Map<Long, PendingChange> withdrawn = new LinkedHashMap<>();
        /** Worklogs Jira deleted that the ledger never took (a held creation): an open pending change of theirs is withdrawn. */
        final Map<Long, Instant> vanished = new LinkedHashMap<>();
        long applied;
        long invoiced;
        long stale;
        /** Of those left alone: locked work, and invoiced entries the rate card now prices differently. */
        long locked;
        long invoicedRepriced;

        BatchResult result() {
            return new BatchResult(applied, invoiced, stale);
        }
    }

    /** Jira changed an invoiced worklog: what was billed, and the entry it would be now (none when deleted or put aside). */
    private record InvoicedChange(LedgerEntry billed, Optional<LedgerEntry> now) {
    }

    /**
     * Prices these entries again from the current rate card (same worklog, same Jira state);
     * invoiced entries are counted as skipped and keep their price.
     */
    public BatchResult reprice(List<LedgerEntry> entries) {
        List<WorklogChange> changes = new ArrayList<>(entries.size());
        for (LedgerEntry entry : entries) {
            changes.add(WorklogChange.saved(recordOf(entry, entry.projectId())));
        }
        return apply(changes, Mode.REPRICE);
    }

    /**
     * Prices the issue's entries again, for a change of its Account or Billable field; invoiced
     * entries keep their price.
     */
    public BatchResult repriceIssue(long issueId) {
        return transactions.inTransaction(() -> reprice(store.allEntriesOfIssue(issueId)));
    }

    /** Prices one worklog's entry again, for a change of its override; none when it has no entry. */
    public BatchResult repriceWorklog(long worklogId) {
        return transactions.inTransaction(() -> {
            Optional<LedgerEntry> entry = store.storedAll(List.of(worklogId)).values().stream()
                    .flatMap(stored -> stored.entry().stream()).findFirst();
            return entry.map(e -> reprice(List.of(e))).orElse(BatchResult.NONE);
        });
    }

    /**
     * The issue moved to another project: its entries follow it and are priced again for the
     * new project (its default account and rates); invoiced entries keep their price.
     */
    public void issueMoved(long issueId, long newProjectId) {
        transactions.inTransaction(() -> {
            List<WorklogChange> changes = new ArrayList<>();
            for (LedgerEntry entry : store.allEntriesOfIssue(issueId)) {
                if (entry.projectId() != newProjectId) {
                    changes.add(WorklogChange.saved(recordOf(entry, newProjectId)));
                }
            }
            return apply(changes);
        });
    }

    /** The issue was deleted, and its worklogs with it (invoiced entries keep what was billed). */
    public void issueDeleted(long issueId) {
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<WorklogChange> changes = new ArrayList<>();
            for (LedgerEntry entry : store.allEntriesOfIssue(issueId)) {
                changes.add(WorklogChange.deleted(entry.worklogId(), now));
            }
            return apply(changes);
        });
    }

    private static WorklogRecord recordOf(LedgerEntry entry, long projectId) {
        return WorklogRecord.behind(entry, projectId);
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

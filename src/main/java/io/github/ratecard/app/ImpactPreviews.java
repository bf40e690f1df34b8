package io.github.ratecard.app;

import io.github.ratecard.billing.IssueBilling;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.ledger.AffectedWork;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.ledger.LockedWork;
import io.github.ratecard.ledger.RepricingCapture;
import io.github.ratecard.ledger.RepricingImpact;
import io.github.ratecard.ledger.WorklogPricer;
import io.github.ratecard.ledger.WorklogRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a change would do to the uninvoiced ledger, without making it: the change runs, as the
 * real call runs it (same checks, same refusals), in a transaction that is always undone; its
 * re-pricing requests are kept back, not queued; the work they name is priced in that transaction
 * against a rate card read afresh (never a cached view, which would outlive the undone state) and
 * compared with what the ledger holds. The change's audit record goes with the undo.
 */
public final class ImpactPreviews {

    static final int PAGE = 5000;

    private final Transactions transactions;
    private final RepricingCapture capture;
    private final LedgerStore ledger;
    private final WorklogPricer freshPricer;
    private final Clock clock;
    private final LockedWork locked;

    /** {@code freshPricer} reads the rate card afresh for every batch, in the caller's transaction. */
    public ImpactPreviews(Transactions transactions, RepricingCapture capture, LedgerStore ledger, WorklogPricer freshPricer, Clock clock) {
        this(transactions, capture, ledger, freshPricer, clock, LockedWork.NONE);
    }

    /** {@code locked}: the work re-pricing leaves at its price (approved or closed), which the preview leaves out as well. */
    public ImpactPreviews(Transactions transactions, RepricingCapture capture, LedgerStore ledger, WorklogPricer freshPricer, Clock clock,
                          LockedWork locked) {
        this.locked = locked;
        this.transactions = transactions;
        this.capture = capture;
        this.ledger = ledger;
        this.freshPricer = freshPricer;
        this.clock = clock;
    }

    /**
     * A change of the rate card or the accounts, which asks for re-pricing (and does not price
     * itself). The work is read and priced a page at a time, as the re-pricing job does; only the
     * ids of the entries already counted are kept (a change may name the same work twice).
     */
    public RepricingImpact ofChange(Runnable change) {
        return transactions.rolledBack(() -> {
            List<AffectedWork> requested = capture.during(change);
            RepricingImpact.Tally tally = new RepricingImpact.Tally();
            Set<Long> counted = new HashSet<>();
            for (AffectedWork work : requested) {
                long position = 0;
                List<LedgerEntry> page;
                while (!(page = ledger.affectedEntries(work, position, PAGE)).isEmpty()) {
                    priceAgain(uninvoiced(page).stream().filter(entry -> counted.add(entry.worklogId())).collect(Collectors.toList()), tally, freshPricer);
                    position = page.get(page.size() - 1).worklogId();
                }
            }
            return tally.impact();
        });
    }

    /**
     * An edit of one issue's Account and Billable fields, read-only: the issue's uninvoiced entries
     * priced with the proposed fields (and the rest as stored) against the rate card read afresh,
     * and compared with the ledger. Nothing is written and no transaction is opened.
     */
    public RepricingImpact ofIssueFields(IssueBilling proposed) {
        List<LedgerEntry> entries = uninvoiced(ledger.allEntriesOfIssue(proposed.issueId()));
        WorklogPricer pricer = freshPricer.withIssueFields(proposed);
        RepricingImpact.Tally tally = new RepricingImpact.Tally();
        for (int from = 0; from < entries.size(); from += PAGE) {
            priceAgain(entries.subList(from, Math.min(entries.size(), from + PAGE)), tally, pricer);
        }
        return tally.impact();
    }

    private void priceAgain(List<LedgerEntry> entries, RepricingImpact.Tally tally, WorklogPricer pricer) {
        if (entries.isEmpty()) {
            return;
        }
        List<WorklogRecord> records = entries.stream().map(entry -> WorklogRecord.behind(entry, entry.projectId())).collect(Collectors.toList());
        WorklogPricer batch = pricer.forBatch(records, records.stream().map(WorklogRecord::worklogId).collect(Collectors.toSet()));
        Instant now = clock.instant();
        for (int i = 0; i < entries.size(); i++) {
            WorklogRecord record = records.get(i);
            tally.add(entries.get(i), batch.refusal(record).isPresent() ? null : batch.price(record, now));
        }
    }

    /** The entries re-pricing would change: not invoiced, and not locked by an approved timesheet or a closed month. */
    private List<LedgerEntry> uninvoiced(List<LedgerEntry> entries) {
        List<LedgerEntry> open = entries.stream().filter(entry -> !entry.invoiced()).collect(Collectors.toList());
        Set<Long> held = locked.lockedOf(open);
        return held.isEmpty() ? open : open.stream().filter(entry -> !held.contains(entry.worklogId())).collect(Collectors.toList());
    }
}

package io.github.ratecard.invoice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes an issued invoice set-based, in one transaction of its own: the parties frozen, the number drawn, the
 * invoice row and its lines, the worklogs linked, their ledger entries marked invoiced, the adjustments billed,
 * the audit entry and the request key. Each set-based change checks the rows it changed; a difference means
 * another transaction changed them meanwhile, and the whole issue rolls back with a conflict. Where it is not
 * {@linkplain #available() available}, issuing writes through the stores in one transaction of Active Objects.
 */
public interface IssueWriter {

    /** Issuing through the stores only. */
    IssueWriter NONE = new IssueWriter() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void write(Issue issue) {
            throw new IllegalStateException("No set-based issuing");
        }

        @Override
        public void refuseOnceClaimed(long invoiceId, InvoiceParties.Parties parties, RuntimeException refusal) {
            throw new IllegalStateException("No set-based issuing");
        }
    };

    /** Whether its tables are as expected; false (after one warning) when they are not. */
    boolean available();

    /**
     * Writes the issue, or nothing: throws {@link DocumentClaimedException} or {@link SequenceBusyException} when
     * another issuer came first (the caller tries again), {@link AdjustmentsChangedException} when an adjustment it
     * bills is no longer pending as composed (the caller composes the draft again), a conflict when the work changed or
     * is billed already.
     */
    void write(Issue issue);

    /**
     * Throws {@code refusal} from a transaction that first claims the document as {@link #write} does, and so writes
     * nothing: throws {@link DocumentClaimedException} instead while or after another issuer claims it (the caller tries
     * again and finds it issued). No number is drawn.
     */
    void refuseOnceClaimed(long invoiceId, InvoiceParties.Parties parties, RuntimeException refusal);

    /**
     * What an issue writes. {@code numbered} gives, for the number drawn, the invoice as issued and the audit
     * entry's before and after; {@code links} are the worklogs billed (each entry must be live and not invoiced);
     * {@code adjusted} the pending adjustments the invoice bills, as its lines show them.
     */
    record Issue(long invoiceId, InvoiceParties.Parties parties, NumberAllocator.Draw draw, Function<String, Numbered> numbered,
                 List<InvoicedWork> links, List<BilledAdjustment> adjusted, Optional<RequestReceipt.Key> requestKey) {
    }

    /** A pending adjustment as an adjustment line bills it: its worklog, and the hours and money (in minor units) of the line. */
    record BilledAdjustment(long worklogId, long deltaSeconds, long deltaMinor) {
    }

    /** The invoice as issued under its number, and the audit entry of the change. */
    record Numbered(Invoice issued, Audited audited) {
    }

    /** An audit entry: what changed, how, and the snapshots before and after. */
    record Audited(String type, String subject, String action, Map<String, Object> before, Map<String, Object> after) {
    }
}

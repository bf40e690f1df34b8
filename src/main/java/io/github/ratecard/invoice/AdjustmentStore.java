package io.github.ratecard.invoice;

import java.util.List;
import java.util.Optional;

/** Differences of invoiced work changed since, one pending per worklog, until a later invoice bills them. */
public interface AdjustmentStore {

    /** Replaces the worklog's pending adjustment (none when {@code adjustment} is empty: the work is back as billed). */
    void setPending(long worklogId, Optional<PendingAdjustment> adjustment);

    List<PendingAdjustment> pending(String accountKey);

    Optional<PendingAdjustment> pendingOf(long worklogId);

    /** Which of these worklogs have a pending adjustment, in one read. */
    java.util.Set<Long> pendingAmong(java.util.Collection<Long> worklogIds);

    /**
     * The adjustments billed on an invoice become billed (they count as billed from then on), each only while it is
     * still pending with the hours and money its line shows; otherwise none does ({@link AdjustmentsChangedException}).
     */
    void markBilled(List<IssueWriter.BilledAdjustment> billed, long invoiceId);

    /** What later invoices billed for the worklog as adjustments: seconds and minor units. */
    long[] billedAdjustments(long worklogId);

    /** A voided invoice's adjustments are pending again. */
    void reopen(long invoiceId);
}

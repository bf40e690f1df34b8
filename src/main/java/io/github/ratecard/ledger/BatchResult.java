package io.github.ratecard.ledger;

/**
 * What one batch of worklog changes did: how many were applied, how many were left alone
 * because their entry is invoiced or their work locked (held as a pending change, or kept at its
 * price by re-pricing), and how many were older than what the ledger already had.
 */
public record BatchResult(long applied, long skippedInvoiced, long stale) {

    public static final BatchResult NONE = new BatchResult(0, 0, 0);

    public BatchResult plus(BatchResult other) {
        return new BatchResult(applied + other.applied, skippedInvoiced + other.skippedInvoiced, stale + other.stale);
    }

    public long total() {
        return applied + skippedInvoiced + stale;
    }
}

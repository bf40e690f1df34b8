package io.github.ratecard.invoice;

/**
 * Where a line comes from: billed work, a billable expense, finance's own line (a fixed fee, a discount), an adjustment
 * for work changed after it was invoiced, or the account's contract: a retainer's fee, hours beyond a retainer's balance,
 * a fixed fee's instalment, or the work written off beyond a cap (a negative amount).
 */
public enum LineKind {
    WORK,
    EXPENSE,
    MANUAL,
    ADJUSTMENT,
    RETAINER,
    OVERAGE,
    INSTALMENT,
    WRITE_OFF;

    /** Whether its quantity is hours (a unit price per hour), not one item. */
    public boolean billsHours() {
        return this == WORK || this == OVERAGE;
    }

    /** Whether the account's contract made it: composed again with the draft, never kept by finance. */
    public boolean fromContract() {
        return this == RETAINER || this == OVERAGE || this == INSTALMENT || this == WRITE_OFF;
    }
}

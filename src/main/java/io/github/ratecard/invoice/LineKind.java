package io.github.ratecard.invoice;

/** Where a line comes from: billed work, a billable expense, finance's own line (a fixed fee, a discount), or an adjustment for work changed after it was invoiced. */
public enum LineKind {
    WORK,
    EXPENSE,
    MANUAL,
    ADJUSTMENT
}

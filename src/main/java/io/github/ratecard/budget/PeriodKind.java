package io.github.ratecard.budget;

/** What a budget's amount covers: its whole range, or each month, quarter or (fiscal) year in it. */
public enum PeriodKind {
    TOTAL,
    MONTH,
    QUARTER,
    YEAR
}

package io.github.ratecard.ledger;

/** How a project's costs are broken down. */
public enum CostGrouping {
    USER,
    MONTH,
    ACCOUNT
}

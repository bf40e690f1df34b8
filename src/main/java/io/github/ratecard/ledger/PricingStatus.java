package io.github.ratecard.ledger;

/** Whether a ledger entry carries a full price, and if not, what is missing. */
public enum PricingStatus {
    PRICED,
    MISSING_COST_RATE,
    MISSING_BILL_RATE,
    NO_ACCOUNT
}

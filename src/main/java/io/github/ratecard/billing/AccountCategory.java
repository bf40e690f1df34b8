package io.github.ratecard.billing;

/** What work for an account is: billed to the client, internal, or capitalized. */
public enum AccountCategory {
    BILLABLE,
    INTERNAL,
    CAPITALIZED
}

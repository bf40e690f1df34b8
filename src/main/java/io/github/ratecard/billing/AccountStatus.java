package io.github.ratecard.billing;

/** Only an OPEN account takes new rates and project links; CLOSED and ARCHIVED keep their history. */
public enum AccountStatus {
    OPEN,
    CLOSED,
    ARCHIVED
}

package io.github.ratecard.approval;

/** What finance does to a month of a scope. */
public enum CloseAction {
    CLOSE,
    REOPEN
}

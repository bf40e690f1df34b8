package io.github.ratecard.budget;

/** What a non-labour cost was for. */
public enum ExpenseCategory {
    MATERIALS,
    VENDOR,
    TRAVEL,
    SOFTWARE,
    OTHER
}

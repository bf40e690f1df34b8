package io.github.ratecard.insight.margin;

import java.util.Locale;

/** What the profitability report's rows are: one per client account, project, epic, staff level, person or month. */
public enum MarginGrouping {
    ACCOUNT, PROJECT, EPIC, LEVEL, PERSON, MONTH;

    /** The row key of a line of work in this grouping; {@link MarginLine#NONE} where the line has none (no account, no epic, no level). */
    String keyOf(MarginLine line) {
        String key = switch (this) {
            case ACCOUNT -> line.accountKey();
            case PROJECT -> line.projectKey();
            case EPIC -> line.epicKey();
            case LEVEL -> line.level();
            case PERSON -> line.userKey();
            case MONTH -> line.month().toString();
        };
        return key == null ? MarginLine.NONE : key;
    }

    /**
     * The row key of an expense: by project, month and account (the project's default account) it
     * has one; a person, a staff level or an epic has none, so there it is a row of its own.
     */
    String keyOf(MarginExpense expense) {
        String key = switch (this) {
            case ACCOUNT -> expense.accountKey();
            case PROJECT -> expense.projectKey();
            case MONTH -> expense.month().toString();
            case EPIC, LEVEL, PERSON -> MarginExpense.EXPENSES;
        };
        return key == null ? MarginLine.NONE : key;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.github.ratecard.insight.margin;

import java.time.YearMonth;

/**
 * A project's expenses of one month in one currency, with the project's default account (null for
 * none): what they cost, and what the billable ones bill (their amounts with the mark-up).
 */
public record MarginExpense(String projectKey, String accountKey, YearMonth month, String currency, long amountMinor, long billedMinor) {

    /** Expenses that bill nothing. */
    public MarginExpense(String projectKey, String accountKey, YearMonth month, String currency, long amountMinor) {
        this(projectKey, accountKey, month, currency, amountMinor, 0);
    }

    /** What the expenses bill as a line of the report: revenue without labour, valued at what it bills, in the expenses' rows. */
    MarginLine billing() {
        return new MarginLine(projectKey, EXPENSES, accountKey, EXPENSES, EXPENSES, currency, month,
                new MarginWork(0, 0, 0, 0, billedMinor, billedMinor, 0, 0, 0));
    }

    /** The row key of expenses in groupings they cannot be attributed in (person, staff level, epic). */
    public static final String EXPENSES = "expenses";
}

package io.github.ratecard.insight.margin;

import java.time.YearMonth;

/** A project's expenses of one month in one currency, with the project's default account (null for none). */
public record MarginExpense(String projectKey, String accountKey, YearMonth month, String currency, long amountMinor) {

    /** The row key of expenses in groupings they cannot be attributed in (person, staff level, epic). */
    public static final String EXPENSES = "expenses";
}

package io.github.ratecard.insight.margin;

import java.time.YearMonth;

/**
 * One group of work as the report reads it: the project × account × currency × month, and the person
 * too when the report is by person or staff level (then with the person's level in that month); by
 * epic, the chosen project's work per epic × person × account × currency × month. Without a person,
 * {@code userKey} and {@code level} are null. {@code currency} is the bill currency; null for work
 * that bills nothing.
 */
public record MarginLine(String projectKey, String userKey, String accountKey, String epicKey, String level, String currency,
                         YearMonth month, MarginWork work) {

    /** The row key of work without an account, epic or level. */
    public static final String NONE = "-";
}

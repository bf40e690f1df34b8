package io.github.ratecard.insight.margin;

import java.time.YearMonth;

/**
 * One group of work as the report reads it (a PROJECT rollup: project × person × account ×
 * currency × month), with the person's staff level in that month and, for the epic view, the epic.
 * {@code currency} is the bill currency; null for work that bills nothing.
 */
public record MarginLine(String projectKey, String userKey, String accountKey, String epicKey, String level, String currency,
                         YearMonth month, MarginWork work) {

    /** The row key of work without an account, epic or level. */
    public static final String NONE = "-";
}

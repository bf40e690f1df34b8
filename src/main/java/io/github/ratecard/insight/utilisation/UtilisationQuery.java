package io.github.ratecard.insight.utilisation;

import io.github.ratecard.domain.InvalidInputException;
import java.time.YearMonth;
import java.util.List;

/**
 * What the report is asked for: the months from {@code from} to {@code to} (at most {@link #MONTHS}),
 * the rows, the teams (Jira groups, at most {@link #GROUPS}) whose members it is narrowed to, and a
 * project whose people (those who logged time in it in the period) it is narrowed to. TEAM rows
 * need at least one group.
 */
public record UtilisationQuery(YearMonth from, YearMonth to, Grouping by, List<String> groups, String projectKey) {

    public static final int MONTHS = io.github.ratecard.domain.InputLimits.UTILISATION_MONTHS;
    public static final int GROUPS = io.github.ratecard.domain.InputLimits.UTILISATION_GROUPS;
    public static final int GROUP_NAME = 255;

    public UtilisationQuery {
        InvalidInputException.require(from != null, "from", "from is a month such as 2026-10");
        InvalidInputException.require(to != null, "to", "to is a month such as 2026-10");
        InvalidInputException.require(!to.isBefore(from), "to", "The period ends before it starts");
        InvalidInputException.require(!to.isAfter(from.plusMonths(MONTHS - 1)), "to",
                "A period may span at most " + MONTHS + " months");
        groups = groups == null ? List.of() : groups.stream().map(String::trim).filter(g -> !g.isEmpty()).distinct().toList();
        InvalidInputException.require(groups.size() <= GROUPS, "group", "At most " + GROUPS + " groups at a time");
        InvalidInputException.require(groups.stream().allMatch(g -> g.length() <= GROUP_NAME), "group",
                "A group name may have at most " + GROUP_NAME + " characters");
        InvalidInputException.require(by != Grouping.TEAM || !groups.isEmpty(), "group", "Rows by team need the teams: group=NAME");
        projectKey = projectKey == null || projectKey.isBlank() ? null : projectKey.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The query as typed: months such as 2026-10 ({@code from} defaults to {@code to}, {@code to} to
     * {@code thisMonth}), rows {@code person} (default), {@code level}, {@code team} or {@code month}.
     */
    public static UtilisationQuery parse(String from, String to, String by, List<String> groups, String projectKey, YearMonth thisMonth) {
        YearMonth last = month(to, "to", thisMonth);
        YearMonth first = month(from, "from", last);
        return new UtilisationQuery(first, last, grouping(by), groups, projectKey);
    }

    private static YearMonth month(String value, String field, YearMonth otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            YearMonth month = YearMonth.parse(value.trim());
            InvalidInputException.require(month.getYear() >= 1970 && month.getYear() <= 2199, field, field + " must be a month from 1970-01 to 2199-12");
            return month;
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a month such as 2026-10, was: " + value);
        }
    }

    private static Grouping grouping(String by) {
        if (by == null || by.isBlank()) {
            return Grouping.PERSON;
        }
        try {
            return Grouping.valueOf(by.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("by", "by must be person, level, team or month, was: " + by);
        }
    }
}

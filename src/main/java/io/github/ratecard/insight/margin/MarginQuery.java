package io.github.ratecard.insight.margin;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What a profitability report is asked for: months from–to (at most {@link #MAX_MONTHS}), the
 * grouping, and optionally one project and one account; months lie in the years of the app's dates.
 * The epic grouping needs a project and spans at most {@link #MAX_EPIC_MONTHS} months: epics are read
 * from that project's ledger entries, month by month.
 */
public record MarginQuery(YearMonth from, YearMonth to, MarginGrouping by, String projectKey, String accountKey) {

    public static final int MAX_MONTHS = InputLimits.MARGIN_MONTHS;
    private static final int FIRST_YEAR = java.time.LocalDate.parse(InputLimits.FIRST_DAY).getYear();
    private static final int LAST_YEAR = java.time.LocalDate.parse(InputLimits.LAST_DAY).getYear();
    public static final int MAX_EPIC_MONTHS = InputLimits.MARGIN_EPIC_MONTHS;

    public MarginQuery {
        InvalidInputException.require(!to.isBefore(from), "to", "to must not be before from", Refusal.of(Refusal.Reason.DATE_ORDER));
        InvalidInputException.require(from.plusMonths(MAX_MONTHS).isAfter(to), "to", "The period may span at most " + MAX_MONTHS + " months");
        projectKey = projectKey == null || projectKey.isBlank() ? null : projectKey.strip();
        accountKey = accountKey == null || accountKey.isBlank() ? null : accountKey.strip();
        InvalidInputException.require(by != MarginGrouping.EPIC || projectKey != null, "project", "By epic needs a project");
        InvalidInputException.require(by != MarginGrouping.EPIC || from.plusMonths(MAX_EPIC_MONTHS).isAfter(to), "to",
                "By epic the period may span at most " + MAX_EPIC_MONTHS + " months");
    }

    /** From request parameters; {@code by} defaults to account. */
    public static MarginQuery parse(String from, String to, String by, String projectKey, String accountKey) {
        return new MarginQuery(month(from, "from"), month(to, "to"), grouping(by), projectKey, accountKey);
    }

    /** The months the report reads: the period, and the three months before its last for the trend. */
    public YearMonth readFrom() {
        YearMonth trendStart = to.minusMonths(3);
        return trendStart.isBefore(from) ? trendStart : from;
    }

    private static MarginGrouping grouping(String value) {
        if (value == null || value.isBlank()) {
            return MarginGrouping.ACCOUNT;
        }
        try {
            return MarginGrouping.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("by", "by must be one of account, project, epic, level, person, month; was: " + value);
        }
    }

    static YearMonth month(String value, String field) {
        InvalidInputException.require(value != null && !value.isBlank(), field, field + " is required, e.g. 2026-05");
        try {
            YearMonth month = YearMonth.parse(value.strip());
            InvalidInputException.require(month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR, field,
                    field + " must be a month from " + FIRST_YEAR + "-01 to " + LAST_YEAR + "-12, was: " + value);
            return month;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a month such as 2026-05, was: " + value);
        }
    }
}

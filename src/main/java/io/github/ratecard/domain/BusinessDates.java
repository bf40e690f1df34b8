package io.github.ratecard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The days Ratecard does business on: {@value InputLimits#FIRST_DAY} to {@value InputLimits#LAST_DAY}, both
 * inclusive. A date a person enters outside them is refused, naming the field; a worklog whose
 * work day lies outside them is not priced. Every stored and derived date therefore stays far
 * inside what {@code LocalDate}, {@code YearMonth} and the stores' day and month numbers can hold.
 */
public final class BusinessDates {

    public static final LocalDate FIRST = LocalDate.parse(InputLimits.FIRST_DAY);
    public static final LocalDate LAST = LocalDate.parse(InputLimits.LAST_DAY);

    /** A day's margin around the range in UTC, wider than any time zone's offset. */
    private static final Instant EARLIEST_INSTANT = FIRST.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LATEST_INSTANT = LAST.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);

    private BusinessDates() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    /**
     * Whether an instant could fall on a business day in some time zone; an instant outside is
     * refused before its day is computed (which far enough out cannot be).
     */
    public static boolean near(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(LATEST_INSTANT);
    }

    /** Returns {@code day} (null stays null), or refuses it naming {@code field}. */
    public static LocalDate require(LocalDate day, String field) {
        InvalidInputException.require(day == null || contains(day), field,
                field + " must be between " + FIRST + " and " + LAST + ", was: " + day,
                Refusal.of(Refusal.Reason.OUT_OF_RANGE, FIRST, LAST));
        return day;
    }
}

package io.github.ratecard.capacity;

import io.github.ratecard.domain.InputLimits;

/** The limits of what the capacity calendar accepts (the input limits table states each). */
public final class CapacityLimits {

    /** Expected hours of one day, in seconds: at most a whole day. */
    public static final long SECONDS_PER_DAY = 24 * 3600L;
    public static final int HOLIDAY_NAME = InputLimits.HOLIDAY_NAME;
    public static final int ABSENCE_REASON = InputLimits.ABSENCE_REASON;
    public static final int ABSENCE_DAYS = InputLimits.ABSENCE_DAYS;
    /** A calendar is asked for at most this many days at once (two years). */
    public static final int RANGE_DAYS = InputLimits.CAPACITY_DAYS;
    public static final int ICS_BYTES = InputLimits.ICS_BYTES;
    public static final int ICS_HOLIDAYS = InputLimits.ICS_HOLIDAYS;

    private CapacityLimits() {
    }
}

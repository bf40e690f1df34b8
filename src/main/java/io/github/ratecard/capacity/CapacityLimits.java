package io.github.ratecard.capacity;

/** The limits of what the capacity calendar accepts; each is stated in the REST guide's limits table. */
public final class CapacityLimits {

    /** Expected hours of one day, in seconds: at most a whole day. */
    public static final long SECONDS_PER_DAY = 24 * 3600L;
    public static final int HOLIDAY_NAME = 100;
    public static final int ABSENCE_REASON = 255;
    /** An absence spans at most a year. */
    public static final int ABSENCE_DAYS = 366;
    /** A calendar is asked for at most this many days at once (24 months). */
    public static final int RANGE_DAYS = 731;
    /** An uploaded .ics file, in bytes. */
    public static final int ICS_BYTES = 512 * 1024;
    /** Holidays one .ics file may bring. */
    public static final int ICS_HOLIDAYS = 1_000;

    private CapacityLimits() {
    }
}

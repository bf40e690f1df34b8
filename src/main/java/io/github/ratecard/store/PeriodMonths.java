package io.github.ratecard.store;

import java.time.YearMonth;

/**
 * A month as the rollup table stores it: {@code year × 100 + month}, so that months sort as
 * their numbers do for every year, before year 1 too (June of year −1 is −94). A month whose
 * number does not fit the column is refused rather than wrapped into some other month.
 */
final class PeriodMonths {

    private PeriodMonths() {
    }

    static int encode(YearMonth month) {
        return Math.toIntExact(Math.addExact(Math.multiplyExact((long) month.getYear(), 100L), month.getMonthValue()));
    }

    /** The number to compare stored months with: a month beyond the column is beyond every stored month. */
    static int bound(YearMonth month) {
        long number = month.getYear() * 100L + month.getMonthValue();
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
    }

    static YearMonth decode(int stored) {
        return YearMonth.of(Math.floorDiv(stored, 100), Math.floorMod(stored, 100));
    }
}

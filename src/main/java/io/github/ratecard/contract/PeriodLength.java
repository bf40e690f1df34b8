package io.github.ratecard.contract;

import java.time.YearMonth;

/** The length of a retainer's or a cap's period; quarters are calendar quarters (January, April, July, October). */
public enum PeriodLength {
    MONTH(1),
    QUARTER(3);

    private final int months;

    PeriodLength(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** Whether a period of this length starts in {@code month}. */
    public boolean startsIn(YearMonth month) {
        return (month.getMonthValue() - 1) % months == 0;
    }

    /** The period of this length that contains {@code month}. */
    public ContractPeriod periodOf(YearMonth month) {
        YearMonth first = month.minusMonths((month.getMonthValue() - 1) % months);
        return new ContractPeriod(first, first.plusMonths(months - 1L));
    }
}

package io.github.ratecard.contract;

import io.github.ratecard.domain.DateRange;
import java.time.YearMonth;
import java.util.Objects;

/** Whole months from {@code first} to {@code last}, both included: a retainer's or a cap's period, or one month. */
public record ContractPeriod(YearMonth first, YearMonth last) {

    public ContractPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A period cannot end " + last + " before it starts " + first);
        }
    }

    public static ContractPeriod month(YearMonth month) {
        return new ContractPeriod(month, month);
    }

    public DateRange days() {
        return new DateRange(first.atDay(1), last.atEndOfMonth());
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    public int months() {
        return (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
    }

    /** {@code 2026-05} for a month, {@code 2026-04 – 2026-06} for longer periods. */
    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + " – " + last;
    }
}

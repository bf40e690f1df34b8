package io.github.ratecard.contract;

import java.util.Optional;

/** What a cap's not-to-exceed amount covers: each month, each calendar quarter, or the whole time its terms run. */
public enum CapScope {
    MONTH(PeriodLength.MONTH),
    QUARTER(PeriodLength.QUARTER),
    TOTAL(null);

    private final PeriodLength length;

    CapScope(PeriodLength length) {
        this.length = length;
    }

    /** The period the cap starts afresh in; empty for a total cap. */
    public Optional<PeriodLength> length() {
        return Optional.ofNullable(length);
    }
}

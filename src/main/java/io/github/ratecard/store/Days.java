package io.github.ratecard.store;

import io.github.ratecard.rates.EffectivePeriod;
import java.time.LocalDate;

/** Periods stored as epoch days (VALID_TO_DAY null for open-ended). */
final class Days {

    private Days() {
    }

    static EffectivePeriod period(long fromDay, Long toDay) {
        return new EffectivePeriod(LocalDate.ofEpochDay(fromDay), toDay == null ? null : LocalDate.ofEpochDay(toDay));
    }

    static Long toDay(EffectivePeriod period) {
        return period.end().map(LocalDate::toEpochDay).orElse(null);
    }
}

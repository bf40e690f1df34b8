package io.github.ratecard.contract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The months one dated terms entry is in force: from {@code first} to {@code last} (empty: open-ended), both included. */
public record TermsSpan(YearMonth first, Optional<YearMonth> last, ContractTerms terms) {

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && last.map(end -> !month.isAfter(end)).orElse(true);
    }

    public boolean overlaps(ContractPeriod period) {
        return !period.last().isBefore(first) && last.map(end -> !period.first().isAfter(end)).orElse(true);
    }

    /**
     * The periods of the terms from their first month through {@code through} (or their last month, if earlier):
     * calendar months or quarters for retainers and per-period caps, single months otherwise.
     */
    public List<ContractPeriod> periodsThrough(YearMonth through) {
        PeriodLength length = terms.periodLength().orElse(PeriodLength.MONTH);
        YearMonth end = last.filter(l -> l.isBefore(through)).orElse(through);
        List<ContractPeriod> periods = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(end); month = month.plusMonths(length.months())) {
            periods.add(length.periodOf(month));
        }
        return periods;
    }
}

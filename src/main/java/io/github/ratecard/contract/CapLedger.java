package io.github.ratecard.contract;

import io.github.ratecard.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes what a cap bills and writes off, period by period, from the value of the work each period used: billed is
 * that value up to what is left of the cap, the rest is written off. A per-period cap starts afresh each period; a
 * total cap runs over all periods of its terms. A negative value (a correction) bills as it is and gives room back.
 */
public final class CapLedger {

    private CapLedger() {
    }

    /** The consumption of one cap's periods, earliest first, from each period's work value ({@code values} in the same order). */
    public static List<CapConsumption> compute(Cap cap, List<ContractPeriod> periods, List<Money> values) {
        if (periods.size() != values.size()) {
            throw new IllegalArgumentException(periods.size() + " periods but " + values.size() + " values");
        }
        Money zero = Money.zero(cap.limit().currency());
        Money consumed = zero;
        List<CapConsumption> rows = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            if (cap.scope() != CapScope.TOTAL) {
                consumed = zero;
            }
            Money remaining = cap.limit().minus(consumed);
            Money value = values.get(i);
            Money billed = value.compareTo(remaining) <= 0 ? value : remaining;
            consumed = consumed.plus(billed);
            rows.add(new CapConsumption(periods.get(i), cap.limit(), value, billed, value.minus(billed), consumed, cap.limit().minus(consumed)));
        }
        return rows;
    }
}

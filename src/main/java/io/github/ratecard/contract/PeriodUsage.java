package io.github.ratecard.contract;

import io.github.ratecard.money.Money;
import java.util.Objects;

/**
 * What a period of a contract used: the billable billed time and its value at the rate card (before any cap, retainer
 * or fixed fee changes what is billed).
 */
public record PeriodUsage(long billedSeconds, Money workValue) {

    public PeriodUsage {
        Objects.requireNonNull(workValue, "workValue");
    }
}

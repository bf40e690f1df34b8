package io.github.ratecard.contract;

import io.github.ratecard.money.Money;
import java.util.Optional;

/**
 * One period of a retainer's balance ledger, in seconds of billed time. It always adds up:
 * {@code closing = opening + prepaid + adjustments − (used − overage) − expired}. {@code rolledOver} is the part of
 * this period's own prepaid (and added) time in {@code closing}; the rest of {@code closing} is older time still
 * valid. {@code overageAmount} is empty when overage bills at the rate card.
 */
public record RetainerBalance(
        ContractPeriod period,
        Retainer terms,
        long openingSeconds,
        long prepaidSeconds,
        long adjustmentSeconds,
        long usedSeconds,
        long overageSeconds,
        long expiredSeconds,
        long rolledOverSeconds,
        long closingSeconds,
        Optional<Money> overageAmount) {

    /** The used time the balance covered. */
    public long coveredSeconds() {
        return usedSeconds - overageSeconds;
    }

    public Money fee() {
        return terms.fee();
    }

    /** The time there was to use this period: opening, prepaid and adjustments. */
    public long availableSeconds() {
        return openingSeconds + prepaidSeconds + adjustmentSeconds;
    }
}

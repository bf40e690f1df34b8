package io.github.ratecard.invoice;

/**
 * A retainer period's balance as the contract's ledger computes it with this invoice's work counted: the balance
 * carried in, the hours prepaid for the period, the hours used, those that expired and those rolled over at its end,
 * and the closing balance. Seconds throughout; the overage is the use beyond the opening and prepaid hours.
 */
public record RetainerFigures(long openingSeconds, long prepaidSeconds, long usedSeconds, long expiredSeconds, long rolledOverSeconds,
                              long closingSeconds) {

    /** The hours this period may use before overage: the opening balance and the prepaid hours. */
    public long availableSeconds() {
        return openingSeconds + prepaidSeconds;
    }

    public long overageSeconds() {
        return Math.max(0, usedSeconds - availableSeconds());
    }
}

package io.github.ratecard.rates;

import io.github.ratecard.domain.InvalidInputException;

/** A new period overlaps an existing entry of the same scope that cannot be closed for it. */
public class OverlapException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final long conflictingId;

    public OverlapException(Dated conflicting, EffectivePeriod requested) {
        super("validFrom", "The period " + requested + " overlaps " + conflicting.label() + ", valid " + conflicting.period());
        this.conflictingId = conflicting.id();
    }

    public long conflictingId() {
        return conflictingId;
    }
}

package io.github.ratecard.rates;

import io.github.ratecard.domain.InvalidInputException;

/** A new period overlaps an existing entry of the same scope that cannot be closed for it. */
public class OverlapException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final long conflictingId;

    public OverlapException(long conflictingId, EffectivePeriod conflicting, EffectivePeriod requested) {
        super("validFrom", "The period " + requested + " overlaps entry " + conflictingId + " (" + conflicting + ")");
        this.conflictingId = conflictingId;
    }

    public long conflictingId() {
        return conflictingId;
    }
}

package io.github.ratecard.rates;

/** Something stored that applies for an {@link EffectivePeriod}: a rate, a level assignment. */
public interface Dated {

    long id();

    EffectivePeriod period();

    /** How people are told which entry this is, e.g. "rate 14". */
    default String label() {
        return "entry " + id();
    }
}

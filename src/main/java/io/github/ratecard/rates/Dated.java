package io.github.ratecard.rates;

/** Something stored that applies for an {@link EffectivePeriod}: a rate, a level assignment. */
public interface Dated {

    long id();

    EffectivePeriod period();
}

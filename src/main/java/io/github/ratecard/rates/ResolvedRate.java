package io.github.ratecard.rates;

/** The rate that applies, from the most specific scope that has one on the day. */
public record ResolvedRate(Rate rate) implements RateResolution {

    @Override
    public RateType type() {
        return rate.type();
    }

    @Override
    public boolean isMissing() {
        return false;
    }

    @Override
    public String describe() {
        return rate.scope().kind().label() + " since " + rate.period().validFrom();
    }
}

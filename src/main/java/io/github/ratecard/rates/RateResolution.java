package io.github.ratecard.rates;

/** The answer for one rate type: the rate that applies and why, or what was looked for and not found. */
public sealed interface RateResolution permits ResolvedRate, MissingRate {

    RateType type();

    boolean isMissing();

    /** For people: "account default since 2026-03-01", or "no bill rate for …". */
    String describe();
}

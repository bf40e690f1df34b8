package io.github.ratecard.rates;

/** What a rate prices: the company's cost of an hour, or what the client is billed for it. */
public enum RateType {
    COST,
    BILL
}

package io.github.ratecard.rates;

import java.util.List;
import java.util.Optional;

/** Where cost and bill rates are kept. */
public interface RateStore {

    /** Every rate of exactly this scope, earliest first. */
    List<Rate> ratesOf(RateScope scope);

    /** The rates the filter keeps, by scope and then earliest first. */
    List<Rate> find(RateFilter filter);

    Optional<Rate> rate(long id);

    long insert(Rate rate);

    void updatePeriod(long rateId, EffectivePeriod period);

    void delete(long rateId);

    /** Whether any bill rate names this account. */
    boolean hasBillRatesFor(String accountKey);

    /** Whether any cost rate exists. */
    boolean hasCostRates();
}

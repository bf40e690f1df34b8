package io.github.ratecard.fx;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.Page;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the exchange-rate table is kept: at most one entry per pair and day. */
public interface FxRateStore {

    /** The entries the filter picks, latest day first, then by pair. */
    Page<ExchangeRate> rates(RateFilter filter, int offset, int limit);

    Optional<ExchangeRate> rate(CurrencyPair pair, LocalDate day);

    /** Keeps the entry, replacing the pair's entry of that day; answers whether it was new. */
    boolean put(ExchangeRate rate);

    /** Keeps every entry as {@link #put} does (one per pair and day among them); answers how many were new. */
    int putAll(Collection<ExchangeRate> rates);

    boolean delete(CurrencyPair pair, LocalDate day);

    /**
     * For each of the pairs, exactly as given: its entries within the days and its latest entry before them. A bounded
     * number of reads per pair, whatever the number of entries.
     */
    List<ExchangeRate> ratesFor(Set<CurrencyPair> pairs, DateRange days);
}

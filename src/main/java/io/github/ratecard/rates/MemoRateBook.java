package io.github.ratecard.rates;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks its source once per scope and once per user, for pricing a batch of worklogs against one
 * consistent view of the rate card; safe to share between threads while that view holds.
 */
public final class MemoRateBook implements RateBook {

    private final RateBook source;
    private final Map<RateScope, List<Rate>> rates = new ConcurrentHashMap<>();
    private final Map<String, List<LevelAssignment>> assignments = new ConcurrentHashMap<>();

    public MemoRateBook(RateBook source) {
        this.source = source;
    }

    @Override
    public List<Rate> rates(RateScope scope) {
        return rates.computeIfAbsent(scope, source::rates);
    }

    @Override
    public List<LevelAssignment> assignmentsOf(String userKey) {
        return assignments.computeIfAbsent(userKey, source::assignmentsOf);
    }
}

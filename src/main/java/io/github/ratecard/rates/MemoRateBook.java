package io.github.ratecard.rates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks its source once per scope and once per user and day, for pricing a batch of worklogs
 * against one consistent view of the rate card. Not for sharing across batches.
 */
public final class MemoRateBook implements RateBook {

    private record UserDay(String userKey, LocalDate day) {
    }

    private final RateBook source;
    private final Map<RateScope, List<Rate>> rates = new HashMap<>();
    private final Map<UserDay, Optional<LevelAssignment>> levels = new HashMap<>();

    public MemoRateBook(RateBook source) {
        this.source = source;
    }

    @Override
    public List<Rate> rates(RateScope scope) {
        return rates.computeIfAbsent(scope, source::rates);
    }

    @Override
    public Optional<LevelAssignment> levelOn(String userKey, LocalDate day) {
        return levels.computeIfAbsent(new UserDay(userKey, day), key -> source.levelOn(key.userKey(), key.day()));
    }
}

package io.github.ratecard.rates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A {@link RateBook} that reads the stores directly: right for one resolution at a time. */
public final class StoredRateBook implements RateBook {

    private final RateStore rates;
    private final LevelStore levels;

    public StoredRateBook(RateStore rates, LevelStore levels) {
        this.rates = rates;
        this.levels = levels;
    }

    @Override
    public List<Rate> rates(RateScope scope) {
        return rates.ratesOf(scope);
    }

    @Override
    public List<LevelAssignment> assignmentsOf(String userKey) {
        return levels.assignmentsOf(userKey);
    }

}

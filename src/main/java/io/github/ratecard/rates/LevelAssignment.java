package io.github.ratecard.rates;

import io.github.ratecard.domain.InvalidInputException;
import java.util.Objects;

/** A user holds a staff level over a period; a promotion starts a new assignment. */
public record LevelAssignment(long id, String userKey, long levelId, EffectivePeriod period) implements Dated {

    public LevelAssignment {
        InvalidInputException.require(userKey != null && !userKey.isBlank(), "userKey", "An assignment needs a user");
        Objects.requireNonNull(period, "period");
    }

    @Override
    public String label() {
        return "level assignment " + id();
    }

    public LevelAssignment withPeriod(EffectivePeriod newPeriod) {
        return new LevelAssignment(id, userKey, levelId, newPeriod);
    }
}

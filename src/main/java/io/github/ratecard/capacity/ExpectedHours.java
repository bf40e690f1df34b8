package io.github.ratecard.capacity;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.rates.Dated;
import io.github.ratecard.rates.EffectivePeriod;
import java.util.Objects;

/**
 * How many seconds a working day expects over a period: the default of a staff level ({@code levelId} set) or one
 * user's own ({@code userKey} set, e.g. a part-timer), never both.
 */
public record ExpectedHours(long id, Long levelId, String userKey, long secondsPerDay, EffectivePeriod period) implements Dated {

    public ExpectedHours {
        InvalidInputException.require((levelId == null) != (userKey == null || userKey.isBlank()), "scope",
                "Expected hours belong to a staff level or to a user");
        InvalidInputException.require(secondsPerDay >= 0 && secondsPerDay <= CapacityLimits.SECONDS_PER_DAY, "hoursPerDay",
                "Expected hours of a day are between 0 and 24", Refusal.of(Refusal.Reason.OUT_OF_RANGE, 0, 24));
        Objects.requireNonNull(period, "period");
    }

    public static ExpectedHours ofLevel(long levelId, long secondsPerDay, EffectivePeriod period) {
        return new ExpectedHours(0, levelId, null, secondsPerDay, period);
    }

    public static ExpectedHours ofUser(String userKey, long secondsPerDay, EffectivePeriod period) {
        return new ExpectedHours(0, null, userKey, secondsPerDay, period);
    }

    public boolean isLevelDefault() {
        return levelId != null;
    }

    public ExpectedHours withId(long newId) {
        return new ExpectedHours(newId, levelId, userKey, secondsPerDay, period);
    }

    public ExpectedHours withPeriod(EffectivePeriod newPeriod) {
        return new ExpectedHours(id, levelId, userKey, secondsPerDay, newPeriod);
    }

    @Override
    public String label() {
        return "expected hours " + id;
    }
}

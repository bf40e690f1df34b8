package io.github.ratecard.capacity;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.util.Objects;

/**
 * A person away over some days (holiday leave, sickness, training): a full-day absence leaves nothing expected
 * of those days, a half-day absence half of what they would expect.
 */
public record Absence(long id, String userKey, DateRange days, boolean halfDay, String reason) {

    public Absence {
        InvalidInputException.require(userKey != null && !userKey.isBlank(), "userKey", "An absence needs a user", Refusal.of(Refusal.Reason.REQUIRED));
        Objects.requireNonNull(days, "days");
        InvalidInputException.require(days.days() <= CapacityLimits.ABSENCE_DAYS, "lastDay",
                "An absence spans at most " + CapacityLimits.ABSENCE_DAYS + " days", Refusal.of(Refusal.Reason.AT_MOST, CapacityLimits.ABSENCE_DAYS));
        reason = reason == null ? "" : reason.trim();
        InvalidInputException.require(reason.length() <= CapacityLimits.ABSENCE_REASON, "reason",
                "A reason may have at most " + CapacityLimits.ABSENCE_REASON + " characters",
                Refusal.of(Refusal.Reason.TOO_LONG, CapacityLimits.ABSENCE_REASON));
    }

    public Absence withId(long newId) {
        return new Absence(newId, userKey, days, halfDay, reason);
    }
}

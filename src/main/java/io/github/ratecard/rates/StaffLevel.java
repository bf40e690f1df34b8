package io.github.ratecard.rates;

import io.github.ratecard.domain.Refusal;
import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;

/** A staff level such as "Agent L1" or "Team lead"; names are unique ignoring case. */
public record StaffLevel(long id, String name, String description, boolean active) {

    public StaffLevel {
        InvalidInputException.require(name != null && !name.isBlank(), "name", "A staff level needs a name", Refusal.of(Refusal.Reason.REQUIRED));
        name = name.trim();
        InvalidInputException.require(name.length() <= InputLimits.LEVEL_NAME, "name",
                "A staff level name may have at most " + InputLimits.LEVEL_NAME + " characters", Refusal.of(Refusal.Reason.TOO_LONG, InputLimits.LEVEL_NAME));
        description = description == null ? "" : description.trim();
        InvalidInputException.require(description.length() <= InputLimits.LEVEL_DESCRIPTION, "description",
                "A description may have at most " + InputLimits.LEVEL_DESCRIPTION + " characters", Refusal.of(Refusal.Reason.TOO_LONG, InputLimits.LEVEL_DESCRIPTION));
    }

    public StaffLevel withId(long newId) {
        return new StaffLevel(newId, name, description, active);
    }
}

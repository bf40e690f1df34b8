package io.github.ratecard.rates;

import io.github.ratecard.domain.InvalidInputException;

/** A staff level such as "Agent L1" or "Team lead"; names are unique ignoring case. */
public record StaffLevel(long id, String name, String description, boolean active) {

    public static final int MAX_NAME = 60;
    public static final int MAX_DESCRIPTION = 255;

    public StaffLevel {
        InvalidInputException.require(name != null && !name.isBlank(), "name", "A staff level needs a name");
        name = name.trim();
        InvalidInputException.require(name.length() <= MAX_NAME, "name", "A staff level name may have at most " + MAX_NAME + " characters");
        description = description == null ? "" : description.trim();
        InvalidInputException.require(description.length() <= MAX_DESCRIPTION, "description",
                "A description may have at most " + MAX_DESCRIPTION + " characters");
    }

    public StaffLevel withId(long newId) {
        return new StaffLevel(newId, name, description, active);
    }
}

package io.github.ratecard.capacity;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.time.LocalDate;
import java.util.Objects;

/** A public holiday of one country: nobody of that country is expected to work that day. */
public record Holiday(String country, LocalDate day, String name) {

    public Holiday {
        country = CountryCode.of("country", country);
        Objects.requireNonNull(day, "day");
        name = name == null ? "" : name.trim();
        InvalidInputException.require(!name.isEmpty(), "name", "A holiday needs a name", Refusal.of(Refusal.Reason.REQUIRED));
        InvalidInputException.require(name.length() <= CapacityLimits.HOLIDAY_NAME, "name",
                "A holiday name may have at most " + CapacityLimits.HOLIDAY_NAME + " characters",
                Refusal.of(Refusal.Reason.TOO_LONG, CapacityLimits.HOLIDAY_NAME));
    }
}

package io.github.ratecard.capacity;

import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.Refusal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The site's capacity settings: the hours a working day expects of someone with neither their own hours nor a
 * staff level with hours, the weekdays that are working days, and the country whose holidays apply to a person
 * without a country of their own (none: no holidays for them).
 */
public record CapacitySettings(long defaultSecondsPerDay, Set<DayOfWeek> workingDays, String defaultCountry) {

    public static final CapacitySettings SITE_DEFAULT = new CapacitySettings(8 * 3600L,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null);

    public CapacitySettings {
        InvalidInputException.require(defaultSecondsPerDay >= 0 && defaultSecondsPerDay <= CapacityLimits.SECONDS_PER_DAY, "hoursPerDay",
                "Expected hours of a day are between 0 and 24", Refusal.of(Refusal.Reason.OUT_OF_RANGE, 0, 24));
        InvalidInputException.require(workingDays != null && !workingDays.isEmpty(), "workingDays", "At least one weekday is a working day",
                Refusal.of(Refusal.Reason.REQUIRED));
        workingDays = Set.copyOf(workingDays);
        defaultCountry = defaultCountry == null || defaultCountry.isBlank() ? null : CountryCode.of("defaultCountry", defaultCountry);
    }

    public Optional<String> country() {
        return Optional.ofNullable(defaultCountry);
    }
}

package io.github.ratecard.capacity;

import io.github.ratecard.rates.LevelAssignment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the capacity of some people over some days depends on, read at once: the site's settings, the
 * expected hours of every staff level (those of the days) and of these people (all of them, any time), their level
 * assignments (all of them, any time: they tell when a person was employed), their countries, the holidays of the days
 * and their absences. Maps hold only the people that have something.
 */
public record CapacityFacts(CapacitySettings settings,
                            List<ExpectedHours> hours,
                            Map<String, List<LevelAssignment>> levels,
                            Map<String, String> countries,
                            Map<String, Set<LocalDate>> holidaysByCountry,
                            Map<String, List<Absence>> absences) {

    public CapacityFacts {
        hours = List.copyOf(hours);
        levels = Map.copyOf(levels);
        countries = Map.copyOf(countries);
        holidaysByCountry = Map.copyOf(holidaysByCountry);
        absences = Map.copyOf(absences);
    }
}

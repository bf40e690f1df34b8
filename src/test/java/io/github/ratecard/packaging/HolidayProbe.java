package io.github.ratecard.packaging;

import io.github.ratecard.capacity.ical.IcsHolidayReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads an iCalendar file inside the OSGi framework: {@link OsgiStartIT} defines this class in a loader whose parent
 * is the Ratecard bundle's, so ical4j, its factories (found through {@code ServiceLoader}) and its configuration are
 * the bundle's. The file's text goes in, the holidays come out as text.
 */
public final class HolidayProbe implements Function<String, Object> {

    @Override
    public Object apply(String ics) {
        return IcsHolidayReader.read("DE", ics.getBytes(StandardCharsets.UTF_8)).stream()
                .map(holiday -> holiday.country() + " " + holiday.day() + " " + holiday.name()).collect(Collectors.joining("\n"));
    }
}

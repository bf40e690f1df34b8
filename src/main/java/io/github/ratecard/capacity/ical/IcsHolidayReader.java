package io.github.ratecard.capacity.ical;

import io.github.ratecard.capacity.CapacityLimits;
import io.github.ratecard.capacity.Holiday;
import io.github.ratecard.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Public holidays from an iCalendar file (RFC 5545), as public-holiday calendars publish them: each all-day event
 * ({@code DTSTART;VALUE=DATE}) is a holiday on each of its days, named by its summary. Anything else is refused with
 * a reason, never half read: an event with a time of day, a repeating event, to-dos and journal entries.
 */
public final class IcsHolidayReader {

    private static final String FIELD = "file";

    private IcsHolidayReader() {
    }

    /** The holidays of the file for the country, earliest first. */
    public static List<Holiday> read(String country, byte[] ics) {
        InvalidInputException.require(ics.length <= CapacityLimits.ICS_BYTES, FIELD,
                "An .ics file may have at most " + CapacityLimits.ICS_BYTES / 1024 + " KiB");
        List<Holiday> holidays = new ArrayList<>();
        for (CalendarComponent component : parse(ics).<CalendarComponent>getComponents()) {
            if (Component.VTIMEZONE.equals(component.getName())) {
                continue;
            }
            InvalidInputException.require(Component.VEVENT.equals(component.getName()), FIELD,
                    "Only events are read from an .ics file; it holds a " + component.getName());
            holidays.addAll(holidaysOf(country, component));
            InvalidInputException.require(holidays.size() <= CapacityLimits.ICS_HOLIDAYS, FIELD,
                    "An .ics file may bring at most " + CapacityLimits.ICS_HOLIDAYS + " holidays");
        }
        holidays.sort(java.util.Comparator.comparing(Holiday::day));
        return holidays;
    }

    private static List<Holiday> holidaysOf(String country, Component event) {
        String name = event.getProperty(Property.SUMMARY).map(Property::getValue).map(String::trim).orElse("");
        String shown = name.isEmpty() ? "(no summary)" : name;
        InvalidInputException.require(event.getProperty(Property.RRULE).isEmpty() && event.getProperty(Property.RDATE).isEmpty(), FIELD,
                "The event \"" + shown + "\" repeats; only single all-day events are read as holidays");
        LocalDate first = day(event.getProperty(Property.DTSTART), shown)
                .orElseThrow(() -> new InvalidInputException(FIELD, "The event \"" + shown + "\" has no start day"));
        LocalDate end = day(event.getProperty(Property.DTEND), shown).orElse(first.plusDays(1));
        InvalidInputException.require(end.isAfter(first) && !end.isAfter(first.plusDays(CapacityLimits.ABSENCE_DAYS)), FIELD,
                "The event \"" + shown + "\" ends before it starts or lasts too long");
        List<Holiday> days = new ArrayList<>();
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            days.add(new Holiday(country, day, name.isEmpty() ? day.toString() : cut(name)));
        }
        return days;
    }

    /** The day of an all-day date property; refuses a date with a time of day. */
    private static Optional<LocalDate> day(Optional<Property> property, String event) {
        if (property.isEmpty()) {
            return Optional.empty();
        }
        Temporal date = property.get() instanceof DateProperty<?> dated ? dated.getDate() : null;
        InvalidInputException.require(date instanceof LocalDate, FIELD,
                "The event \"" + event + "\" has a time of day; only all-day events are read as holidays");
        return Optional.of((LocalDate) date);
    }

    private static String cut(String name) {
        return name.length() <= CapacityLimits.HOLIDAY_NAME ? name : name.substring(0, CapacityLimits.HOLIDAY_NAME);
    }

    /**
     * Parses with this bundle's class loader as the thread's context class loader: ical4j finds its factories and its
     * {@code ical4j.properties} through it, which inside Jira's OSGi container would otherwise be the host's.
     */
    private static Calendar parse(byte[] ics) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(IcsHolidayReader.class.getClassLoader());
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (ParserException e) {
            throw new InvalidInputException(FIELD, "Not an iCalendar file: line " + e.getLineNo() + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(FIELD, "Not an iCalendar file: " + e.getMessage());
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}

package io.github.ratecard.rest;

import io.github.ratecard.capacity.Absence;
import io.github.ratecard.capacity.CapacitySettings;
import io.github.ratecard.capacity.DayHours;
import io.github.ratecard.capacity.ExpectedHours;
import io.github.ratecard.capacity.Holiday;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/** The JSON documents of the capacity calendar; hours are decimal texts such as "7.5". */
public final class CapacityDocuments {

    private CapacityDocuments() {
    }

    public record SettingsDoc(String hoursPerDay, List<String> workingDays, String defaultCountry) {
        static SettingsDoc of(CapacitySettings settings) {
            return new SettingsDoc(DayHours.text(settings.defaultSecondsPerDay()),
                    settings.workingDays().stream().sorted().map(Enum::name).toList(), settings.defaultCountry());
        }
    }

    public record HoursDoc(long id, Long levelId, String levelName, String userKey, String userName, String hoursPerDay, String validFrom,
                           String validTo) {
        static HoursDoc of(ExpectedHours hours, String levelName, String userName) {
            return new HoursDoc(hours.id(), hours.levelId(), levelName, hours.userKey(), userName, DayHours.text(hours.secondsPerDay()),
                    hours.period().validFrom().toString(), hours.period().end().map(LocalDate::toString).orElse(null));
        }
    }

    public record CountryDoc(String userKey, String userName, String country) {
    }

    public record HolidayDoc(String country, String day, String name) {
        static HolidayDoc of(Holiday holiday) {
            return new HolidayDoc(holiday.country(), holiday.day().toString(), holiday.name());
        }
    }

    public record ImportDoc(String country, int holidays, int added) {
    }

    public record AbsenceDoc(long id, String userKey, String userName, String firstDay, String lastDay, boolean halfDay, String reason) {
        static AbsenceDoc of(Absence absence, String userName) {
            return new AbsenceDoc(absence.id(), absence.userKey(), userName, absence.days().first().toString(), absence.days().last().toString(),
                    absence.halfDay(), absence.reason());
        }
    }

    public record DayDoc(String day, String hours) {
    }

    public record CapacityDoc(String userKey, String from, String to, String expectedHours, List<DayDoc> days) {
        static CapacityDoc of(String userKey, LocalDate from, LocalDate to, SortedMap<LocalDate, Long> days) {
            long total = days.values().stream().mapToLong(Long::longValue).sum();
            return new CapacityDoc(userKey, from.toString(), to.toString(), DayHours.text(total),
                    days.entrySet().stream().map(day -> new DayDoc(day.getKey().toString(), DayHours.text(day.getValue()))).toList());
        }
    }
}

package io.github.ratecard.capacity;

import io.github.ratecard.domain.DateRange;
import io.github.ratecard.rates.EffectivePeriod;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the capacity calendar is kept: settings, expected hours, countries, holidays and absences. */
public interface CapacityStore {

    /**
     * Everything the capacity of these people over these days depends on, in a number of statements that does not
     * grow with the number of people or days.
     */
    CapacityFacts factsFor(Collection<String> userKeys, DateRange days);

    CapacitySettings settings();

    void saveSettings(CapacitySettings settings);

    /** The expected hours of every staff level, by level and then earliest first. */
    List<ExpectedHours> levelHours();

    /** The expected hours of every user that has their own, by user and then earliest first. */
    List<ExpectedHours> userHours();

    List<ExpectedHours> hoursOfLevel(long levelId);

    List<ExpectedHours> hoursOfUser(String userKey);

    Optional<ExpectedHours> hours(long id);

    long insert(ExpectedHours hours);

    void updatePeriod(long hoursId, EffectivePeriod period);

    void deleteHours(long hoursId);

    /** Each person's own country, by user key. */
    Map<String, String> countries();

    /** Sets the person's country; {@code null} removes it (the site's default country applies). */
    void setCountry(String userKey, String country);

    /** The holidays of one country (all countries when {@code null}) in the range, by day. */
    List<Holiday> holidays(String country, DateRange days);

    /** Adds the holiday or renames the one of its country and day; true when it was new. */
    boolean putHoliday(Holiday holiday);

    /** Removes the holiday of the country and day; false when there was none. */
    boolean deleteHoliday(String country, LocalDate day);

    /** Absences overlapping the range, of one person ({@code null}: of everybody), earliest first. */
    List<Absence> absences(String userKey, DateRange days);

    Optional<Absence> absence(long id);

    long insert(Absence absence);

    void deleteAbsence(long id);
}

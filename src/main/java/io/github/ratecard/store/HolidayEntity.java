package io.github.ratecard.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A public holiday of a country on an epoch day. COUNTRY_DAY ("DE:2026-10-03") is unique so the database keeps one
 * holiday per country and day (Active Objects has no composite unique constraint).
 */
@Table("RC_HOLIDAY")
public interface HolidayEntity extends Entity {

    String COUNTRY = "COUNTRY";
    String HOLIDAY_DAY = "HOLIDAY_DAY";
    String NAME = "NAME";
    String COUNTRY_DAY = "COUNTRY_DAY";

    @NotNull
    @Indexed
    String getCountry();

    void setCountry(String country);

    @NotNull
    @Indexed
    long getHolidayDay();

    void setHolidayDay(long day);

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    @Unique
    String getCountryDay();

    void setCountryDay(String countryDay);
}

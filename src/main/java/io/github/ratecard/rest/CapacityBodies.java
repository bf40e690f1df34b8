package io.github.ratecard.rest;

import java.util.List;

/** The JSON bodies the capacity calendar accepts. */
public final class CapacityBodies {

    private CapacityBodies() {
    }

    /** The fields to change; the others stay. {@code defaultCountry} "" removes it. */
    public record SettingsBody(String hoursPerDay, List<String> workingDays, String defaultCountry) {
    }

    /** {@code levelId} or {@code userKey}, not both. */
    public record HoursBody(Long levelId, String userKey, String hoursPerDay, String validFrom, String validTo) {
    }

    public record CountryBody(String country) {
    }

    public record HolidayBody(String country, String day, String name) {
    }

    public record AbsenceBody(String userKey, String firstDay, String lastDay, Boolean halfDay, String reason) {
    }
}

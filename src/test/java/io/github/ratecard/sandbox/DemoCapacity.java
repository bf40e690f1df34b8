package io.github.ratecard.sandbox;

import io.github.ratecard.app.CapacityService;
import io.github.ratecard.capacity.Absence;
import io.github.ratecard.capacity.CapacitySettings;
import io.github.ratecard.capacity.ExpectedHours;
import io.github.ratecard.capacity.Holiday;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.rates.EffectivePeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

/**
 * The demo story's capacity calendar, entered through the app's service: Monday to Friday, Germany by default;
 * Agent L1 expects 8 h a day; one part-timer at 4 h; one agent in the UK; the German and British public holidays
 * of May to October 2026 (German Unity Day, 3 October, falls on a Saturday; the UK has none in October); and one
 * week of leave in October.
 */
final class DemoCapacity {

    static final String PART_TIMER = "agent07";
    static final String UK_AGENT = "agent12";
    static final String ON_LEAVE = "agent03";
    static final DateRange LEAVE = new DateRange(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 23));

    private final CapacityService capacity;

    DemoCapacity(SandboxApp app) {
        this.capacity = app.bean(CapacityService.class);
    }

    void seed(Map<String, Long> levels) {
        capacity.saveSettings(new CapacitySettings(8 * 3600L, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "DE"));
        capacity.addHours(ExpectedHours.ofLevel(levels.get("Agent L1"), 8 * 3600L, EffectivePeriod.from(DemoRateCard.START)));
        capacity.addHours(ExpectedHours.ofUser(PART_TIMER, 4 * 3600L, EffectivePeriod.from(DemoRateCard.START)));
        capacity.setCountry(UK_AGENT, "GB");
        holiday("DE", "2026-05-01", "Tag der Arbeit");
        holiday("DE", "2026-05-14", "Christi Himmelfahrt");
        holiday("DE", "2026-05-25", "Pfingstmontag");
        holiday("DE", "2026-10-03", "Tag der Deutschen Einheit");
        holiday("GB", "2026-05-04", "Early May bank holiday");
        holiday("GB", "2026-05-25", "Spring bank holiday");
        holiday("GB", "2026-08-31", "Summer bank holiday");
        capacity.addAbsence(new Absence(0, ON_LEAVE, LEAVE, false, "Annual leave"));
    }

    private void holiday(String country, String day, String name) {
        capacity.putHoliday(new Holiday(country, LocalDate.parse(day), name));
    }
}

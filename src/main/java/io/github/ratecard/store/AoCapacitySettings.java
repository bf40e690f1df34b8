package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.capacity.CapacitySettings;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** The capacity settings as rows of RC_SETTING named {@code capacity.*}, read with one statement. */
final class AoCapacitySettings {

    private static final String PREFIX = "capacity.";
    private static final String SECONDS_PER_DAY = PREFIX + "secondsPerDay";
    private static final String WORKING_DAYS = PREFIX + "workingDays";
    private static final String COUNTRY = PREFIX + "defaultCountry";

    private final ActiveObjects ao;

    AoCapacitySettings(ActiveObjects ao) {
        this.ao = ao;
    }

    CapacitySettings read() {
        Map<String, String> values = new HashMap<>();
        for (SettingEntity row : ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " LIKE ?", PREFIX + "%"))) {
            values.put(row.getSettingName(), row.getSettingValue());
        }
        CapacitySettings site = CapacitySettings.SITE_DEFAULT;
        String seconds = values.get(SECONDS_PER_DAY);
        String days = values.get(WORKING_DAYS);
        String country = values.get(COUNTRY);
        return new CapacitySettings(seconds == null ? site.defaultSecondsPerDay() : Long.parseLong(seconds),
                days == null ? site.workingDays() : weekdays(days),
                country == null || country.isEmpty() ? site.defaultCountry() : country);
    }

    void write(CapacitySettings settings) {
        put(SECONDS_PER_DAY, Long.toString(settings.defaultSecondsPerDay()));
        put(WORKING_DAYS, settings.workingDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
        put(COUNTRY, settings.country().orElse(""));
    }

    private static Set<DayOfWeek> weekdays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(text.split(",")).filter(name -> !name.isBlank()).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }

    private void put(String name, String value) {
        SettingEntity[] found = ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", name));
        if (found.length == 0) {
            ao.create(SettingEntity.class, Map.of(SettingEntity.SETTING_NAME, name, SettingEntity.SETTING_VALUE, value));
        } else {
            found[0].setSettingValue(value);
            found[0].save();
        }
    }
}

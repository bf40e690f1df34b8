package io.github.ratecard.insight.margin;

import io.github.ratecard.rates.EffectivePeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which staff level a person's month counts under: the level held on the month's last day; when
 * none is held that day (the person left the level mid-month), the level held last in the month;
 * none when no level was held in it. A promotion on the 15th moves the whole month to the new level.
 */
public final class MonthlyLevels {

    private record Held(String level, EffectivePeriod period) {
    }

    private final Map<String, List<Held>> byUser = new HashMap<>();

    public MonthlyLevels held(String userKey, String level, EffectivePeriod period) {
        byUser.computeIfAbsent(userKey, key -> new ArrayList<>()).add(new Held(level, period));
        return this;
    }

    /** The level of the person's month; null for none. */
    public String levelIn(String userKey, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        String level = null;
        LocalDate latest = null;
        for (Held held : byUser.getOrDefault(userKey, List.of())) {
            if (held.period().validFrom().isAfter(last)) {
                continue;
            }
            LocalDate end = held.period().end().filter(day -> day.isBefore(last)).orElse(last);
            if (end.isBefore(first)) {
                continue;
            }
            if (latest == null || end.isAfter(latest)) {
                latest = end;
                level = held.level();
            }
        }
        return level;
    }
}

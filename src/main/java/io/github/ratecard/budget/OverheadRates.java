package io.github.ratecard.budget;

import io.github.ratecard.domain.InputLimits;
import io.github.ratecard.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Overhead as a percentage of labour cost (rent, management, tools), effective from a day: one
 * global series and a series per project that, where it has a rate, wins. Loaded cost = labour
 * cost × (1 + overhead %).
 */
public final class OverheadRates {

    private final NavigableMap<LocalDate, BigDecimal> global = new TreeMap<>();
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> byProject = new java.util.HashMap<>();

    public static OverheadRates of(Iterable<OverheadRate> rates) {
        OverheadRates all = new OverheadRates();
        for (OverheadRate rate : rates) {
            if (rate.isGlobal()) {
                all.global(rate.from(), rate.percent());
            } else {
                all.project(rate.projectKey(), rate.from(), rate.percent());
            }
        }
        return all;
    }

    /** The global rate from {@code from} on (until the next one). */
    public OverheadRates global(LocalDate from, BigDecimal percent) {
        global.put(Objects.requireNonNull(from, "from"), checked(percent));
        return this;
    }

    /** A project's own rate from {@code from} on; it replaces the global one for that project. */
    public OverheadRates project(String projectKey, LocalDate from, BigDecimal percent) {
        byProject.computeIfAbsent(projectKey, key -> new TreeMap<>()).put(Objects.requireNonNull(from, "from"), checked(percent));
        return this;
    }

    /** The percentage that applies to the project's labour on the day; zero before any rate. */
    public BigDecimal percentFor(String projectKey, LocalDate day) {
        NavigableMap<LocalDate, BigDecimal> own = byProject.get(projectKey);
        if (own != null && own.floorEntry(day) != null) {
            return own.floorEntry(day).getValue();
        }
        Map.Entry<LocalDate, BigDecimal> general = global.floorEntry(day);
        return general == null ? BigDecimal.ZERO : general.getValue();
    }

    private static BigDecimal checked(BigDecimal percent) {
        InvalidInputException.require(percent != null && percent.signum() >= 0 && percent.compareTo(OverheadRate.MAXIMUM) <= 0
                && percent.scale() <= 2, "percent",
                "Overhead is a percentage from 0 to " + InputLimits.OVERHEAD_PERCENT + " with at most two decimals");
        return percent;
    }
}

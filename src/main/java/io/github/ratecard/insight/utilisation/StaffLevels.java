package io.github.ratecard.insight.utilisation;

import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.rates.LevelStore;
import io.github.ratecard.rates.StaffLevel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who held which staff level during a period, read level by level (one query per level, none per person). */
public final class StaffLevels {

    private final LevelStore store;

    public StaffLevels(LevelStore store) {
        this.store = store;
    }

    public Held held(YearMonth from, YearMonth to) {
        EffectivePeriod period = EffectivePeriod.between(from.atDay(1), to.atEndOfMonth());
        Map<Long, String> names = new HashMap<>();
        Map<String, List<LevelAssignment>> byUser = new HashMap<>();
        for (StaffLevel level : store.levels()) {
            names.put(level.id(), level.name());
            for (LevelAssignment assignment : store.assignmentsOfLevel(level.id())) {
                if (assignment.period().overlaps(period)) {
                    byUser.computeIfAbsent(assignment.userKey(), u -> new ArrayList<>()).add(assignment);
                }
            }
        }
        return new Held(names, byUser);
    }

    /** The levels' names and the assignments that touch the period, by user. */
    public record Held(Map<Long, String> names, Map<String, List<LevelAssignment>> assignments) {

        public Set<String> userKeys() {
            return assignments.keySet();
        }

        /** The level the user held on the day, or null. */
        public Long levelOn(String userKey, LocalDate day) {
            for (LevelAssignment assignment : assignments.getOrDefault(userKey, List.of())) {
                if (assignment.period().contains(day)) {
                    return assignment.levelId();
                }
            }
            return null;
        }

        public String levelName(long levelId) {
            return names.getOrDefault(levelId, "#" + levelId);
        }
    }
}

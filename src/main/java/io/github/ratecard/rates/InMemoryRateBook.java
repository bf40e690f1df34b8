package io.github.ratecard.rates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link RateBook} held in memory: for tests, and for pricing many worklogs from one snapshot. */
public final class InMemoryRateBook implements RateBook {

    private final Map<RateScope, List<Rate>> ratesByScope = new HashMap<>();
    private final Map<String, List<LevelAssignment>> assignmentsByUser = new HashMap<>();

    public InMemoryRateBook(List<Rate> rates, List<LevelAssignment> assignments) {
        for (Rate rate : rates) {
            ratesByScope.computeIfAbsent(rate.scope(), s -> new ArrayList<>()).add(rate);
        }
        for (LevelAssignment assignment : assignments) {
            assignmentsByUser.computeIfAbsent(assignment.userKey(), u -> new ArrayList<>()).add(assignment);
        }
    }

    @Override
    public List<Rate> rates(RateScope scope) {
        return ratesByScope.getOrDefault(scope, List.of());
    }

    @Override
    public List<LevelAssignment> assignmentsOf(String userKey) {
        return assignmentsByUser.getOrDefault(userKey, List.of());
    }
}

package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.budget.OverheadRate;
import io.github.ratecard.budget.OverheadStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Overhead rates in RC_OVERHEAD (a handful of rows, read whole). */
public class AoOverheadStore implements OverheadStore {

    private final ActiveObjects ao;

    public AoOverheadStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public long insert(OverheadRate rate) {
        Map<String, Object> row = new HashMap<>();
        row.put(OverheadEntity.FROM_DAY, rate.from().toEpochDay());
        row.put(OverheadEntity.PERCENT_BP, rate.percent().movePointRight(2).intValueExact());
        if (rate.projectKey() != null) {
            row.put(OverheadEntity.PROJECT_KEY, rate.projectKey());
        }
        return ao.create(OverheadEntity.class, row).getID();
    }

    @Override
    public void delete(long id) {
        OverheadEntity row = ao.get(OverheadEntity.class, (int) id);
        if (row != null) {
            ao.delete(row);
        }
    }

    @Override
    public Optional<OverheadRate> rate(long id) {
        return Optional.ofNullable(ao.get(OverheadEntity.class, (int) id)).map(AoOverheadStore::rate);
    }

    @Override
    public List<OverheadRate> all() {
        return Arrays.stream(ao.find(OverheadEntity.class, net.java.ao.Query.select())).map(AoOverheadStore::rate)
                .sorted(Comparator.comparing((OverheadRate r) -> r.projectKey() == null ? "" : r.projectKey()).thenComparing(OverheadRate::from))
                .collect(Collectors.toList());
    }

    private static OverheadRate rate(OverheadEntity row) {
        return new OverheadRate(row.getID(), row.getProjectKey(), LocalDate.ofEpochDay(row.getFromDay()), BigDecimal.valueOf(row.getPercentBp(), 2));
    }
}

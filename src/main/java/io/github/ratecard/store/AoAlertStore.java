package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.budget.AlertStore;
import io.github.ratecard.budget.BudgetAlert;
import io.github.ratecard.domain.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** Budget alerts in RC_ALERT. */
public class AoAlertStore implements AlertStore {

    private static final int IN_LIST = 500;

    private final ActiveObjects ao;

    public AoAlertStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean exists(String dedupKey) {
        return ao.count(AlertEntity.class, Query.select().where(AlertEntity.DEDUP_KEY + " = ?", dedupKey)) > 0;
    }

    @Override
    public long insert(BudgetAlert alert) {
        Map<String, Object> row = new HashMap<>();
        row.put(AlertEntity.DEDUP_KEY, alert.dedupKey());
        row.put(AlertEntity.BUDGET_ID, alert.budgetId());
        row.put(AlertEntity.THRESHOLD, alert.threshold());
        row.put(AlertEntity.FIRST_DAY, alert.period().first().toEpochDay());
        row.put(AlertEntity.LAST_DAY, alert.period().last().toEpochDay());
        row.put(AlertEntity.BUDGET_VERSION, alert.budgetVersion());
        row.put(AlertEntity.BASIS, alert.basis().name());
        row.put(AlertEntity.CONSUMED, alert.consumedPercent().toPlainString());
        row.put(AlertEntity.RAISED_AT, alert.raisedAt().toEpochMilli());
        return ao.create(AlertEntity.class, row).getID();
    }

    @Override
    public List<BudgetAlert> ofBudgets(Collection<Long> budgetIds) {
        List<BudgetAlert> found = new ArrayList<>();
        for (List<Long> chunk : Sql.chunks(budgetIds, IN_LIST)) {
            for (AlertEntity entity : ao.find(AlertEntity.class, Query.select()
                    .where(AlertEntity.BUDGET_ID + " IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                found.add(alert(entity));
            }
        }
        found.sort(Comparator.comparing(BudgetAlert::raisedAt).thenComparing(BudgetAlert::id).reversed());
        return found;
    }

    private static BudgetAlert alert(AlertEntity entity) {
        return new BudgetAlert(entity.getID(), entity.getBudgetId(), entity.getThreshold(),
                new DateRange(LocalDate.ofEpochDay(entity.getFirstDay()), LocalDate.ofEpochDay(entity.getLastDay())), entity.getBudgetVersion(),
                BudgetAlert.Basis.valueOf(entity.getBasis()), new BigDecimal(entity.getConsumed()), Instant.ofEpochMilli(entity.getRaisedAt()));
    }
}

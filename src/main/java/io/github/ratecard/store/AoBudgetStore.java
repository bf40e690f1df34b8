package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.budget.Budget;
import io.github.ratecard.budget.BudgetScope;
import io.github.ratecard.budget.BudgetStore;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.budget.PeriodKind;
import io.github.ratecard.money.Money;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** Budgets in RC_BUDGET. */
public class AoBudgetStore implements BudgetStore {

    private final ActiveObjects ao;

    public AoBudgetStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public long insert(Budget budget) {
        Map<String, Object> row = new HashMap<>();
        row.put(BudgetEntity.SCOPE_KIND, budget.scope().kind().name());
        row.put(BudgetEntity.SCOPE_KEY, budget.scope().key());
        row.put(BudgetEntity.MEASURE, budget.measure().name());
        row.put(BudgetEntity.PERIOD_KIND, budget.period().name());
        row.put(BudgetEntity.FIRST_DAY, budget.range().first().toEpochDay());
        row.put(BudgetEntity.LAST_DAY, budget.range().last().toEpochDay());
        row.put(BudgetEntity.THRESHOLDS, thresholds(budget));
        row.put(BudgetEntity.OWNER, budget.owner());
        BudgetEntity entity = ao.create(BudgetEntity.class, row);
        amounts(entity, budget);
        entity.save();
        return entity.getID();
    }

    @Override
    public void update(Budget budget) {
        BudgetEntity entity = ao.get(BudgetEntity.class, (int) budget.id());
        entity.setScopeKind(budget.scope().kind().name());
        entity.setScopeKey(budget.scope().key());
        entity.setMeasure(budget.measure().name());
        entity.setPeriodKind(budget.period().name());
        entity.setFirstDay(budget.range().first().toEpochDay());
        entity.setLastDay(budget.range().last().toEpochDay());
        entity.setThresholds(thresholds(budget));
        entity.setOwner(budget.owner());
        amounts(entity, budget);
        entity.save();
    }

    @Override
    public void delete(long id) {
        ao.deleteWithSQL(BudgetEntity.class, "ID = ?", (int) id);
    }

    @Override
    public Optional<Budget> budget(long id) {
        return Optional.ofNullable(ao.get(BudgetEntity.class, (int) id)).map(AoBudgetStore::budget);
    }

    @Override
    public List<Budget> ofScope(BudgetScope scope) {
        return Arrays.stream(ao.find(BudgetEntity.class, Query.select()
                        .where(BudgetEntity.SCOPE_KEY + " = ? AND " + BudgetEntity.SCOPE_KIND + " = ?", scope.key(), scope.kind().name())
                        .order("ID")))
                .map(AoBudgetStore::budget).collect(Collectors.toList());
    }

    @Override
    public List<Budget> activeOn(LocalDate day) {
        return Arrays.stream(ao.find(BudgetEntity.class, Query.select().where(BudgetEntity.FIRST_DAY + " <= ? AND " + BudgetEntity.LAST_DAY
                        + " >= ?", day.toEpochDay(), day.toEpochDay()).order("ID")))
                .map(AoBudgetStore::budget).collect(Collectors.toList());
    }

    @Override
    public List<Budget> ofKind(BudgetScope.Kind kind) {
        return Arrays.stream(ao.find(BudgetEntity.class, Query.select().where(BudgetEntity.SCOPE_KIND + " = ?", kind.name())
                        .order(BudgetEntity.SCOPE_KEY + ", ID")))
                .map(AoBudgetStore::budget).collect(Collectors.toList());
    }

    private static void amounts(BudgetEntity entity, Budget budget) {
        entity.setAmountMinor(budget.amount() == null ? null : budget.amount().minorUnits());
        entity.setCurrency(budget.amount() == null ? null : budget.amount().currency().getCurrencyCode());
        entity.setHours(budget.hours());
        entity.setPeriodAmounts(budget.periodAmounts().isEmpty() ? null : budget.periodAmounts().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().minorUnits()).collect(Collectors.joining(";")));
    }

    private static Map<LocalDate, Money> periodAmounts(String stored, Currency currency) {
        Map<LocalDate, Money> amounts = new TreeMap<>();
        if (stored != null && !stored.isBlank()) {
            for (String pair : stored.split(";")) {
                String[] dayAndMinor = pair.split("=", 2);
                amounts.put(LocalDate.parse(dayAndMinor[0].trim()), Money.ofMinor(Long.parseLong(dayAndMinor[1].trim()), currency));
            }
        }
        return amounts;
    }

    private static String thresholds(Budget budget) {
        return budget.thresholds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Budget budget(BudgetEntity row) {
        Money amount = row.getAmountMinor() == null ? null : Money.ofMinor(row.getAmountMinor(), Currency.getInstance(row.getCurrency()));
        List<Integer> thresholds = Arrays.stream(row.getThresholds().split(",")).map(String::trim).map(Integer::valueOf)
                .collect(Collectors.toList());
        return new Budget(row.getID(), new BudgetScope(BudgetScope.Kind.valueOf(row.getScopeKind()), row.getScopeKey()),
                Budget.Measure.valueOf(row.getMeasure()), amount, row.getHours(), PeriodKind.valueOf(row.getPeriodKind()),
                new DateRange(LocalDate.ofEpochDay(row.getFirstDay()), LocalDate.ofEpochDay(row.getLastDay())), thresholds, row.getOwner(),
                amount == null ? Map.of() : periodAmounts(row.getPeriodAmounts(), amount.currency()));
    }
}

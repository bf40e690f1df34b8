package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.rates.EffectivePeriod;
import io.github.ratecard.rates.HourlyRate;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateFilter;
import io.github.ratecard.rates.RateScope;
import io.github.ratecard.rates.RateStore;
import io.github.ratecard.rates.RateType;
import io.github.ratecard.rates.ScopeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** Cost and bill rates in RC_RATE. */
public class AoRateStore implements RateStore {

    private static final String ORDER = RateEntity.SCOPE_KIND + ", " + RateEntity.ACCOUNT_KEY + ", " + RateEntity.PROJECT_ID + ", "
            + RateEntity.USER_KEY + ", " + RateEntity.LEVEL_ID + ", " + RateEntity.VALID_FROM_DAY;

    private final ActiveObjects ao;

    public AoRateStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Rate> ratesOf(RateScope scope) {
        return find(new RateFilter(scope.type(), scope.kind(), scope.accountKey(), scope.projectId(), scope.userKey(), scope.levelId(), null));
    }

    @Override
    public List<Rate> find(RateFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        condition(conditions, parameters, RateEntity.RATE_TYPE, filter.type() == null ? null : filter.type().name());
        condition(conditions, parameters, RateEntity.SCOPE_KIND, filter.kind() == null ? null : filter.kind().name());
        condition(conditions, parameters, RateEntity.ACCOUNT_KEY, filter.accountKey());
        condition(conditions, parameters, RateEntity.PROJECT_ID, filter.projectId());
        condition(conditions, parameters, RateEntity.USER_KEY, filter.userKey());
        condition(conditions, parameters, RateEntity.LEVEL_ID, filter.levelId());
        Query query = Query.select().order(ORDER);
        if (!conditions.isEmpty()) {
            query = query.where(String.join(" AND ", conditions), parameters.toArray());
        }
        // A scope's rates are few: the day filter and exact scope match are checked here.
        return Arrays.stream(ao.find(RateEntity.class, query)).map(AoRateStore::rate).filter(filter::matches).collect(Collectors.toList());
    }

    private static void condition(List<String> conditions, List<Object> parameters, String column, Object value) {
        if (value != null) {
            conditions.add(column + " = ?");
            parameters.add(value);
        }
    }

    @Override
    public Optional<Rate> rate(long id) {
        return Optional.ofNullable(ao.get(RateEntity.class, (int) id)).map(AoRateStore::rate);
    }

    @Override
    public long insert(Rate rate) {
        RateScope scope = rate.scope();
        Map<String, Object> row = new HashMap<>();
        row.put(RateEntity.RATE_TYPE, rate.type().name());
        row.put(RateEntity.SCOPE_KIND, scope.kind().name());
        row.put(RateEntity.ACCOUNT_KEY, scope.accountKey());
        row.put(RateEntity.PROJECT_ID, scope.projectId());
        row.put(RateEntity.USER_KEY, scope.userKey());
        row.put(RateEntity.LEVEL_ID, scope.levelId());
        row.put(RateEntity.AMOUNT_E4, rate.hourly().tenThousandths());
        row.put(RateEntity.CURRENCY, rate.hourly().currency().getCurrencyCode());
        row.put(RateEntity.VALID_FROM_DAY, rate.period().validFrom().toEpochDay());
        row.put(RateEntity.VALID_TO_DAY, Days.toDay(rate.period()));
        return ao.create(RateEntity.class, row).getID();
    }

    @Override
    public void updatePeriod(long rateId, EffectivePeriod period) {
        RateEntity entity = ao.get(RateEntity.class, (int) rateId);
        entity.setValidFromDay(period.validFrom().toEpochDay());
        entity.setValidToDay(Days.toDay(period));
        entity.save();
    }

    @Override
    public void delete(long rateId) {
        ao.deleteWithSQL(RateEntity.class, "ID = ?", (int) rateId);
    }

    @Override
    public boolean hasBillRatesFor(String accountKey) {
        return ao.count(RateEntity.class, Query.select().where(RateEntity.ACCOUNT_KEY + " = ?", accountKey)) > 0;
    }

    @Override
    public boolean hasCostRates() {
        return ao.count(RateEntity.class, Query.select().where(RateEntity.RATE_TYPE + " = ?", RateType.COST.name())) > 0;
    }

    private static Rate rate(RateEntity entity) {
        RateScope scope = new RateScope(ScopeKind.valueOf(entity.getScopeKind()), entity.getAccountKey(), entity.getProjectId(),
                entity.getUserKey(), entity.getLevelId());
        return new Rate(entity.getID(), scope, HourlyRate.ofTenThousandths(entity.getAmountE4(), Currency.getInstance(entity.getCurrency())),
                Days.period(entity.getValidFromDay(), entity.getValidToDay()));
    }
}

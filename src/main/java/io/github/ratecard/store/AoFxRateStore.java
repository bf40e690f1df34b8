package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.domain.DateRange;
import io.github.ratecard.domain.Page;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.fx.FxRateStore;
import io.github.ratecard.fx.RateFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * The exchange-rate table in RC_FX_RATE. {@link #ratesFor} reads with one statement for the days of all the pairs and one
 * per pair for its latest entry before them; {@link #putAll} reads what is there with one statement per pair.
 */
public class AoFxRateStore implements FxRateStore {

    private final ActiveObjects ao;

    public AoFxRateStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Page<ExchangeRate> rates(RateFilter filter, int offset, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filter.onePair().ifPresent(pair -> {
            where.add(FxRateEntity.PAIR + " = ?");
            parameters.add(pair.key());
        });
        filter.withCurrency().ifPresent(currency -> {
            where.add("(" + FxRateEntity.PAIR + " LIKE ? OR " + FxRateEntity.PAIR + " LIKE ?)");
            parameters.add(currency.getCurrencyCode() + "/%");
            parameters.add("%/" + currency.getCurrencyCode());
        });
        filter.onDays().ifPresent(days -> {
            where.add(FxRateEntity.RATE_DAY + " >= ? AND " + FxRateEntity.RATE_DAY + " <= ?");
            parameters.add(days.first().toEpochDay());
            parameters.add(days.last().toEpochDay());
        });
        Query query = Query.select();
        if (!where.isEmpty()) {
            query = query.where(String.join(" AND ", where), parameters.toArray());
        }
        int total = ao.count(FxRateEntity.class, query);
        List<ExchangeRate> items = Arrays.stream(ao.find(FxRateEntity.class, query.order(FxRateEntity.RATE_DAY + " DESC, " + FxRateEntity.PAIR)
                .offset(offset).limit(limit))).map(AoFxRateStore::rate).toList();
        return new Page<>(items, offset, limit, total);
    }

    @Override
    public Optional<ExchangeRate> rate(CurrencyPair pair, LocalDate day) {
        return Arrays.stream(ao.find(FxRateEntity.class, Query.select().where(FxRateEntity.PAIR_DAY + " = ?", key(pair, day))))
                .findFirst().map(AoFxRateStore::rate);
    }

    @Override
    public boolean put(ExchangeRate rate) {
        FxRateEntity[] found = ao.find(FxRateEntity.class, Query.select().where(FxRateEntity.PAIR_DAY + " = ?", key(rate.pair(), rate.day())));
        if (found.length > 0) {
            write(found[0], rate);
            return false;
        }
        create(rate);
        return true;
    }

    @Override
    public int putAll(Collection<ExchangeRate> rates) {
        Map<CurrencyPair, List<ExchangeRate>> byPair = rates.stream().collect(Collectors.groupingBy(ExchangeRate::pair, LinkedHashMap::new,
                Collectors.toList()));
        int added = 0;
        for (Map.Entry<CurrencyPair, List<ExchangeRate>> pair : byPair.entrySet()) {
            long first = pair.getValue().stream().mapToLong(rate -> rate.day().toEpochDay()).min().orElseThrow();
            long last = pair.getValue().stream().mapToLong(rate -> rate.day().toEpochDay()).max().orElseThrow();
            Map<Long, FxRateEntity> existing = new HashMap<>();
            for (FxRateEntity row : ao.find(FxRateEntity.class, Query.select().where(FxRateEntity.PAIR + " = ? AND " + FxRateEntity.RATE_DAY
                    + " >= ? AND " + FxRateEntity.RATE_DAY + " <= ?", pair.getKey().key(), first, last))) {
                existing.put(row.getRateDay(), row);
            }
            for (ExchangeRate rate : pair.getValue()) {
                FxRateEntity row = existing.get(rate.day().toEpochDay());
                if (row == null) {
                    create(rate);
                    added++;
                } else if (!rate(row).equals(rate)) {
                    write(row, rate);
                }
            }
        }
        return added;
    }

    @Override
    public boolean delete(CurrencyPair pair, LocalDate day) {
        return ao.deleteWithSQL(FxRateEntity.class, FxRateEntity.PAIR_DAY + " = ?", key(pair, day)) > 0;
    }

    @Override
    public List<ExchangeRate> ratesFor(Set<CurrencyPair> pairs, DateRange days) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        pairs.forEach(pair -> parameters.add(pair.key()));
        parameters.add(days.first().toEpochDay());
        parameters.add(days.last().toEpochDay());
        List<ExchangeRate> rates = new ArrayList<>();
        for (FxRateEntity row : ao.find(FxRateEntity.class, Query.select().where(FxRateEntity.PAIR + Sql.in(pairs.size()) + " AND "
                + FxRateEntity.RATE_DAY + " >= ? AND " + FxRateEntity.RATE_DAY + " <= ?", parameters.toArray()))) {
            rates.add(rate(row));
        }
        for (CurrencyPair pair : pairs) {
            for (FxRateEntity row : ao.find(FxRateEntity.class, Query.select().where(FxRateEntity.PAIR + " = ? AND " + FxRateEntity.RATE_DAY + " < ?",
                    pair.key(), days.first().toEpochDay()).order(FxRateEntity.RATE_DAY + " DESC").limit(1))) {
                rates.add(rate(row));
            }
        }
        return rates;
    }

    private void create(ExchangeRate rate) {
        Map<String, Object> values = new HashMap<>();
        values.put(FxRateEntity.PAIR, rate.pair().key());
        values.put(FxRateEntity.RATE_DAY, rate.day().toEpochDay());
        values.put(FxRateEntity.RATE, rate.rate().toPlainString());
        values.put(FxRateEntity.PAIR_DAY, key(rate.pair(), rate.day()));
        if (!rate.source().isEmpty()) {
            values.put(FxRateEntity.SOURCE, rate.source());
        }
        ao.create(FxRateEntity.class, values);
    }

    private static void write(FxRateEntity row, ExchangeRate rate) {
        row.setRate(rate.rate().toPlainString());
        row.setSource(rate.source().isEmpty() ? null : rate.source());
        row.save();
    }

    private static ExchangeRate rate(FxRateEntity row) {
        String[] codes = row.getPair().split("/");
        return new ExchangeRate(CurrencyPair.of(codes[0], codes[1]), LocalDate.ofEpochDay(row.getRateDay()), new BigDecimal(row.getRate()),
                row.getSource());
    }

    private static String key(CurrencyPair pair, LocalDate day) {
        return pair.key() + ":" + day;
    }
}

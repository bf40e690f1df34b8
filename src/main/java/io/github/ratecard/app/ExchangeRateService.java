package io.github.ratecard.app;

import io.github.ratecard.audit.AuditLog;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Page;
import io.github.ratecard.domain.Transactions;
import io.github.ratecard.fx.CurrencyPair;
import io.github.ratecard.fx.ExchangeRate;
import io.github.ratecard.fx.FxRateStore;
import io.github.ratecard.fx.RateFilter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finance's exchange-rate table: one rate entered or replaced, deleted, or a whole file imported, each in one
 * transaction and audited (an import as one entry saying what it brought, not one per rate).
 */
public final class ExchangeRateService {

    static final String RATE = "fx-rate";

    private final FxRateStore store;
    private final AuditLog audit;
    private final Transactions transactions;

    public ExchangeRateService(FxRateStore store, AuditLog audit, Transactions transactions) {
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Page<ExchangeRate> rates(RateFilter filter, int offset, int limit) {
        return store.rates(filter, offset, limit);
    }

    /** Keeps the rate, replacing the pair's rate of that day; answers whether it was new. */
    public boolean put(ExchangeRate rate) {
        return transactions.inTransaction(() -> {
            ExchangeRate before = store.rate(rate.pair(), rate.day()).orElse(null);
            boolean added = store.put(rate);
            audit.record(RATE, id(rate.pair(), rate.day()), added ? "create" : "update", before == null ? null : snapshot(before), snapshot(rate));
            return added;
        });
    }

    public void delete(CurrencyPair pair, LocalDate day) {
        transactions.inTransaction(() -> {
            ExchangeRate before = store.rate(pair, day).orElseThrow(() -> new NotFoundException("No exchange rate " + pair + " on " + day));
            store.delete(pair, day);
            audit.record(RATE, id(pair, day), "delete", snapshot(before), null);
            return null;
        });
    }

    /** Keeps every rate of a file, all or none; answers how many were new (the others replaced the rate of their day). */
    public int importRates(List<ExchangeRate> rates, String format) {
        return transactions.inTransaction(() -> {
            int added = store.putAll(rates);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("format", format);
            summary.put("rates", rates.size());
            summary.put("added", added);
            summary.put("pairs", List.copyOf(rates.stream().map(rate -> rate.pair().key()).collect(Collectors.toCollection(TreeSet::new))));
            summary.put("firstDay", rates.stream().map(ExchangeRate::day).min(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null));
            summary.put("lastDay", rates.stream().map(ExchangeRate::day).max(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null));
            audit.record(RATE, "import", "import", null, summary);
            return added;
        });
    }

    private static String id(CurrencyPair pair, LocalDate day) {
        return pair.key() + ":" + day;
    }

    private static Map<String, Object> snapshot(ExchangeRate rate) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pair", rate.pair().key());
        map.put("day", rate.day().toString());
        map.put("rate", rate.rate().toPlainString());
        map.put("source", rate.source());
        return map;
    }
}

package io.github.ratecard.store;

import static io.github.ratecard.store.LedgerRows.LIVE;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.rates.HourlyRate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/**
 * Model version 3's data for a ledger written before entries had a value. First each live entry that names a bill
 * rate gets the value of its worked time at that rate's stored hourly amount, rounded as pricing rounds; then every
 * rollup group gets, in one added row, the difference between the billable seconds, values and entries without a value
 * of the ledger and those its rows add up to. Both steps go in bounded batches, each its own transaction: the first
 * reads only entries still without a value, the second only adds differences, so a run cut short is finished by the
 * next and a second run changes nothing. An entry whose rate is gone or not in its bill's currency stays without a
 * value; non-billable entries name no bill rate and stay without one until they are priced again. An entry or batch
 * that cannot be read or written is reported to the failures, counted, and the run goes on.
 */
public final class LedgerValueFill {

    private static final String VALUE_COLUMNS = String.join(", ", LedgerEntity.ID, LedgerEntity.WORKED_SECONDS,
            LedgerEntity.BILL_CURRENCY, LedgerEntity.BILL_RATE_ID);

    private final ActiveObjects ao;
    private final int batch;

    /** {@code batch}: the entries valued in one transaction, the entries per read of the ledger, the groups corrected in one transaction. */
    public LedgerValueFill(ActiveObjects ao, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("A batch holds at least one entry, was " + batch);
        }
        this.ao = ao;
        this.batch = batch;
    }

    /** What one run did: entries valued, entries left without a value for want of their rate, failed items, groups corrected. */
    public record Outcome(long valued, long withoutRate, long failed, long groupsCorrected) {
    }

    public Outcome run(ItemFailures failures) {
        Counting counting = new Counting(failures);
        long[] values = valueEntries(counting);
        long groups = correctRollups(counting);
        return new Outcome(values[0], values[1], counting.count, groups);
    }

    private long[] valueEntries(Counting failures) {
        Map<Long, Optional<StoredRate>> rates = new HashMap<>();
        long valued = 0;
        long withoutRate = 0;
        long after = 0;
        String withoutValue = LedgerEntity.ID + " > ? AND " + LedgerEntity.VALUE_MINOR + " IS NULL AND " + LedgerEntity.BILL_RATE_ID
                + " IS NOT NULL AND " + LIVE;
        LedgerEntity[] rows;
        while ((rows = ao.find(LedgerEntity.class, Query.select(VALUE_COLUMNS).where(withoutValue, after).order(LedgerEntity.ID).limit(batch)))
                .length > 0) {
            after = rows[rows.length - 1].getId();
            loadRates(rows, rates);
            Map<LedgerEntity, Long> found = new LinkedHashMap<>();
            for (LedgerEntity row : rows) {
                try {
                    Optional<Long> value = valueOf(row, rates.get(row.getBillRateId()));
                    value.ifPresent(minor -> found.put(row, minor));
                    withoutRate += value.isPresent() ? 0 : 1;
                } catch (RuntimeException e) {
                    failures.failed("ledger row " + row.getId(), e);
                }
            }
            valued += write(found, failures);
        }
        return new long[] {valued, withoutRate};
    }

    /** The worked time at the rate, or nothing when the rate is gone; a rate in another currency than the bill is a failure. */
    private static Optional<Long> valueOf(LedgerEntity row, Optional<StoredRate> stored) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        HourlyRate rate = HourlyRate.ofTenThousandths(stored.get().amountE4(), Currency.getInstance(stored.get().currency()));
        if (!rate.currency().getCurrencyCode().equals(row.getBillCurrency())) {
            throw new IllegalStateException("its bill rate " + row.getBillRateId() + " is in " + rate.currency() + ", its bill in "
                    + row.getBillCurrency());
        }
        return Optional.of(rate.priceFor(row.getWorkedSeconds()).minorUnits());
    }

    /** A rate's row as stored; made an hourly rate per entry, so that a rate row that is not one fails only its entries. */
    private record StoredRate(long amountE4, String currency) {
    }

    private void loadRates(LedgerEntity[] rows, Map<Long, Optional<StoredRate>> rates) {
        Set<Long> wanted = new HashSet<>();
        for (LedgerEntity row : rows) {
            if (!rates.containsKey(row.getBillRateId())) {
                wanted.add(row.getBillRateId());
            }
        }
        for (List<Long> chunk : Sql.chunks(wanted, LedgerRows.IN_CHUNK)) {
            chunk.forEach(id -> rates.put(id, Optional.empty()));
            for (RateEntity rate : ao.find(RateEntity.class, Query.select("ID, " + RateEntity.AMOUNT_E4 + ", " + RateEntity.CURRENCY)
                    .where("ID" + Sql.in(chunk.size()), chunk.stream().map(Long::intValue).toArray()))) {
                rates.put((long) rate.getID(), Optional.of(new StoredRate(rate.getAmountE4(), rate.getCurrency())));
            }
        }
    }

    /** The values in one transaction; when that fails, each in one of its own. Returns the entries written. */
    private long write(Map<LedgerEntity, Long> values, Counting failures) {
        if (values.isEmpty()) {
            return 0;
        }
        try {
            ao.executeInTransaction(() -> {
                values.forEach(LedgerValueFill::setValue);
                return null;
            });
            return values.size();
        } catch (RuntimeException batchFailed) {
            long written = 0;
            for (Map.Entry<LedgerEntity, Long> value : values.entrySet()) {
                try {
                    ao.executeInTransaction(() -> {
                        setValue(value.getKey(), value.getValue());
                        return null;
                    });
                    written++;
                } catch (RuntimeException e) {
                    failures.failed("ledger row " + value.getKey().getId(), e);
                }
            }
            return written;
        }
    }

    private static void setValue(LedgerEntity row, long minor) {
        row.setValueMinor(minor);
        row.save();
    }

    private long correctRollups(Counting failures) {
        Map<Rollup.Key, long[]> ledger = ledgerFigures(failures);
        Map<Rollup.Key, Rollup> rolled = new AoRollupStore(ao).sums(failures);
        Set<Rollup.Key> keys = new HashSet<>(ledger.keySet());
        keys.addAll(rolled.keySet());
        List<Rollup> corrections = new ArrayList<>();
        for (Rollup.Key key : keys) {
            long[] want = ledger.getOrDefault(key, new long[3]);
            Rollup has = rolled.get(key);
            Rollup difference = new Rollup(key, 0, 0, 0, 0, 0, 0, want[0] - (has == null ? 0 : has.billableSeconds()),
                    want[1] - (has == null ? 0 : has.valueMinor()), want[2] - (has == null ? 0 : has.unvalued()));
            if (!difference.isEmpty()) {
                corrections.add(difference);
            }
        }
        AoRollupStore rollups = new AoRollupStore(ao);
        long corrected = 0;
        for (int from = 0; from < corrections.size(); from += batch) {
            List<Rollup> part = corrections.subList(from, Math.min(corrections.size(), from + batch));
            try {
                ao.executeInTransaction(() -> {
                    rollups.addToRollups(part);
                    return null;
                });
                corrected += part.size();
            } catch (RuntimeException e) {
                failures.failed("rollup groups " + part.get(0).key() + " and " + (part.size() - 1) + " more", e);
            }
        }
        return corrected;
    }

    /** Billable seconds, value and entries without a value per rollup group, summed over the live ledger a batch at a time. */
    private Map<Rollup.Key, long[]> ledgerFigures(Counting failures) {
        Map<Rollup.Key, long[]> figures = new HashMap<>();
        long after = 0;
        LedgerEntity[] rows;
        while ((rows = ao.find(LedgerEntity.class, Query.select(LedgerRows.ENTRY_COLUMNS).where(LedgerEntity.ID + " > ? AND " + LIVE, after)
                .order(LedgerEntity.ID).limit(batch))).length > 0) {
            after = rows[rows.length - 1].getId();
            for (LedgerEntity row : rows) {
                try {
                    for (Rollup contribution : Rollup.contributionsOf(LedgerRows.entry(row), 1)) {
                        long[] sum = figures.computeIfAbsent(contribution.key(), key -> new long[3]);
                        sum[0] += contribution.billableSeconds();
                        sum[1] += contribution.valueMinor();
                        sum[2] += contribution.unvalued();
                    }
                } catch (RuntimeException e) {
                    failures.failed("ledger row " + row.getId(), e);
                }
            }
        }
        return figures;
    }

    /** Passes failures on and counts them. */
    private static final class Counting implements ItemFailures {
        private final ItemFailures to;
        private long count;

        Counting(ItemFailures to) {
            this.to = to;
        }

        @Override
        public void failed(String item, RuntimeException cause) {
            count++;
            to.failed(item, cause);
        }
    }
}

package io.github.ratecard.testing.kits;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.RollupStore;
import io.github.ratecard.store.LedgerEntity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** A project's rollups side by side with a fresh aggregate of its live ledger rows, for comparing the two. */
public final class LedgerAggregates {

    public static final YearMonth ALL_FROM = YearMonth.of(2025, 1);
    public static final YearMonth ALL_TO = YearMonth.of(2027, 12);

    private LedgerAggregates() {
    }

    /** Worked, billed, cost, entries, unpriced and bill per group, as the rollups say. */
    public static Map<Rollup.Key, List<Long>> ofRollups(RollupStore rollups, long project) {
        return rollups.rollups(Rollup.Kind.PROJECT, project, null, ALL_FROM, ALL_TO).stream().collect(Collectors.toMap(Rollup::key,
                r -> List.of(r.workedSeconds(), r.billedSeconds(), r.costMinor(), r.entries(), r.unpriced(), r.billMinor())));
    }

    /** The same figures summed from the ledger rows themselves. */
    public static Map<Rollup.Key, List<Long>> fresh(ActiveObjects ao, long project) {
        Map<Rollup.Key, long[]> sums = new HashMap<>();
        ao.stream(LedgerEntity.class, Query.select(String.join(", ", LedgerEntity.ID, LedgerEntity.PROJECT_ID,
                        LedgerEntity.AUTHOR_KEY, LedgerEntity.WORK_DAY, LedgerEntity.WORKED_SECONDS, LedgerEntity.BILLED_SECONDS,
                        LedgerEntity.COST_MINOR, LedgerEntity.STATUS, LedgerEntity.ACCOUNT_KEY, LedgerEntity.BILL_CURRENCY, LedgerEntity.BILL_MINOR))
                .where(LedgerEntity.PROJECT_ID + " = ? AND " + LedgerEntity.DELETED_MILLIS + " IS NULL", project), row -> {
                    Rollup.Key key = new Rollup.Key(Rollup.Kind.PROJECT, row.getProjectId(), row.getAuthorKey(), row.getAccountKey(),
                            row.getBillCurrency(), YearMonth.from(LocalDate.ofEpochDay(row.getWorkDay())));
                    long[] sum = sums.computeIfAbsent(key, k -> new long[6]);
                    sum[0] += row.getWorkedSeconds();
                    sum[1] += row.getBilledSeconds();
                    sum[2] += row.getCostMinor() == null ? 0 : row.getCostMinor();
                    sum[3] += 1;
                    sum[4] += PricingStatus.PRICED.name().equals(row.getStatus()) ? 0 : 1;
                    sum[5] += row.getBillMinor() == null ? 0 : row.getBillMinor();
                });
        return sums.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> List.of(e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5])));
    }
}

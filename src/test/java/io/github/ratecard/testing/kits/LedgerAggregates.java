package io.github.ratecard.testing.kits;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.RollupStore;
import io.github.ratecard.store.LedgerEntity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
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

    /** Worked, billed, cost, entries, unpriced, bill, billable seconds, value and unvalued per group, as the rollups say. */
    public static Map<Rollup.Key, List<Long>> ofRollups(RollupStore rollups, long project) {
        return rollups.rollups(Rollup.Kind.PROJECT, project, null, ALL_FROM, ALL_TO).stream().collect(Collectors.toMap(Rollup::key,
                r -> List.of(r.workedSeconds(), r.billedSeconds(), r.costMinor(), r.entries(), r.unpriced(), r.billMinor(),
                        r.billableSeconds(), r.valueMinor(), r.unvalued())));
    }

    /** The same figures summed from the ledger rows themselves. */
    public static Map<Rollup.Key, List<Long>> fresh(ActiveObjects ao, long project) {
        Map<Rollup.Key, long[]> sums = new HashMap<>();
        ao.stream(LedgerEntity.class, Query.select(String.join(", ", LedgerEntity.ID, LedgerEntity.PROJECT_ID,
                        LedgerEntity.AUTHOR_KEY, LedgerEntity.WORK_DAY, LedgerEntity.WORKED_SECONDS, LedgerEntity.BILLED_SECONDS,
                        LedgerEntity.COST_MINOR, LedgerEntity.STATUS, LedgerEntity.ACCOUNT_KEY, LedgerEntity.BILL_CURRENCY, LedgerEntity.BILL_MINOR,
                        LedgerEntity.BILLABLE, LedgerEntity.VALUE_MINOR))
                .where(LedgerEntity.PROJECT_ID + " = ? AND " + LedgerEntity.DELETED_MILLIS + " IS NULL", project), row -> {
                    Rollup.Key key = new Rollup.Key(Rollup.Kind.PROJECT, row.getProjectId(), row.getAuthorKey(), row.getAccountKey(),
                            row.getBillCurrency(), YearMonth.from(LocalDate.ofEpochDay(row.getWorkDay())));
                    long[] sum = sums.computeIfAbsent(key, k -> new long[9]);
                    sum[0] += row.getWorkedSeconds();
                    sum[1] += row.getBilledSeconds();
                    sum[2] += row.getCostMinor() == null ? 0 : row.getCostMinor();
                    sum[3] += 1;
                    sum[4] += PricingStatus.PRICED.name().equals(row.getStatus()) ? 0 : 1;
                    sum[5] += row.getBillMinor() == null ? 0 : row.getBillMinor();
                    sum[6] += row.isBillable() ? row.getWorkedSeconds() : 0;
                    sum[7] += row.getValueMinor() == null ? 0 : row.getValueMinor();
                    sum[8] += row.getValueMinor() == null ? 1 : 0;
                });
        return sums.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> Arrays.stream(e.getValue()).boxed().toList()));
    }
}

package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.insight.utilisation.LoggedMonth;
import io.github.ratecard.insight.utilisation.LoggedTime;
import io.github.ratecard.ledger.Rollup;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * Logged time per person, project and month from the monthly PROJECT rollups in RC_ROLLUP: one
 * streamed query for the whole period, whatever the ledger's size; a group's rows (and its accounts)
 * are added up.
 */
public class AoUtilisationRollups implements LoggedTime {

    private static final String COLUMNS = String.join(", ", RollupEntity.ID, RollupEntity.PROJECT_ID, RollupEntity.USER_KEY,
            RollupEntity.PERIOD_MONTH, RollupEntity.WORKED_SECONDS, RollupEntity.BILLABLE_SECONDS);

    private final ActiveObjects ao;

    public AoUtilisationRollups(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<LoggedMonth> between(YearMonth from, YearMonth to) {
        record Key(String userKey, long projectId, int month) {
        }
        Map<Key, long[]> sums = new LinkedHashMap<>();
        Query query = Query.select(COLUMNS).where(RollupEntity.KIND + " = ? AND " + RollupEntity.PERIOD_MONTH + " BETWEEN ? AND ?",
                Rollup.Kind.PROJECT.name(), PeriodMonths.bound(from), PeriodMonths.bound(to));
        ao.stream(RollupEntity.class, query, row -> {
            if (row.getUserKey() == null || row.getProjectId() == null) {
                return;
            }
            long[] sum = sums.computeIfAbsent(new Key(row.getUserKey(), row.getProjectId(), row.getPeriodMonth()), k -> new long[2]);
            sum[0] += row.getWorkedSeconds();
            sum[1] += row.getBillableSeconds();
        });
        List<LoggedMonth> months = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> {
            if (sum[0] != 0 || sum[1] != 0) {
                months.add(new LoggedMonth(key.userKey(), key.projectId(), PeriodMonths.decode(key.month()), sum[0], sum[1]));
            }
        });
        return months;
    }
}

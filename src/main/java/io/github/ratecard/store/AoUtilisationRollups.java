package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.insight.utilisation.LoggedMonth;
import io.github.ratecard.insight.utilisation.LoggedTime;
import io.github.ratecard.ledger.Rollup;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Logged time per person, project and month from the monthly PROJECT rollups in RC_ROLLUP: one
 * query for the whole period, whatever the ledger's size, which adds up a group's rows (and its
 * accounts) in the database.
 */
public class AoUtilisationRollups implements LoggedTime {

    private static final List<String> KEY = List.of(RollupEntity.USER_KEY, RollupEntity.PROJECT_ID, RollupEntity.PERIOD_MONTH);
    private static final List<String> FIGURES = List.of(RollupEntity.WORKED_SECONDS, RollupEntity.BILLABLE_SECONDS);

    private final ActiveObjects ao;

    public AoUtilisationRollups(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<LoggedMonth> between(YearMonth from, YearMonth to) {
        List<LoggedMonth> months = new ArrayList<>();
        ao.stream(RollupEntity.class, RollupSums.select(KEY, FIGURES).where(RollupEntity.KIND + " = ? AND " + RollupEntity.PERIOD_MONTH
                + " BETWEEN ? AND ? AND " + RollupEntity.USER_KEY + " IS NOT NULL AND " + RollupEntity.PROJECT_ID + " IS NOT NULL",
                Rollup.Kind.PROJECT.name(), PeriodMonths.bound(from), PeriodMonths.bound(to)), row -> {
                    if (row.getWorkedSeconds() != 0 || row.getBillableSeconds() != 0) {
                        months.add(new LoggedMonth(row.getUserKey(), row.getProjectId(), PeriodMonths.decode(row.getPeriodMonth()),
                                row.getWorkedSeconds(), row.getBillableSeconds()));
                    }
                });
        return months;
    }
}

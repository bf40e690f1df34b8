package io.github.ratecard.store;

import static io.github.ratecard.store.LedgerRows.IN_CHUNK;
import static io.github.ratecard.store.Sql.in;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.insight.utilisation.LoggedMonth;
import io.github.ratecard.insight.utilisation.LoggedTime;
import io.github.ratecard.ledger.Rollup;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Logged time from the rollups in RC_ROLLUP, added up in the database: per person and month from the PERSON rollups (per
 * person, currency and month: one statement for the whole period, about 2,400 rows a year for 200 people where the PROJECT
 * rollups hold over 100,000), the projects with time (one statement, from the PROJECT_DAY rollups) and the people of some
 * projects from the PROJECT rollups (per project, person, account, currency and month: one statement per
 * {@value LedgerRows#IN_CHUNK} projects), whatever the ledger's size.
 */
public class AoUtilisationRollups implements LoggedTime {

    private static final List<String> FIGURES = List.of(RollupEntity.WORKED_SECONDS, RollupEntity.BILLABLE_SECONDS);
    private static final String PROJECT_DAYS = RollupEntity.KIND + " = ? AND " + RollupEntity.PERIOD_MONTH + " BETWEEN ? AND ? AND "
            + RollupEntity.PROJECT_ID + " IS NOT NULL";
    private static final String PROJECTS_PEOPLE = PROJECT_DAYS + " AND " + RollupEntity.USER_KEY + " IS NOT NULL";
    private static final String PEOPLES_MONTHS = RollupEntity.KIND + " = ? AND " + RollupEntity.PERIOD_MONTH + " BETWEEN ? AND ? AND "
            + RollupEntity.USER_KEY + " IS NOT NULL";

    private final ActiveObjects ao;

    public AoUtilisationRollups(ActiveObjects ao) {
        this.ao = ao;
    }

    /** From the PERSON rollups, which hold each person's month in a row per currency, whatever the projects and accounts. */
    @Override
    public List<LoggedMonth> between(YearMonth from, YearMonth to) {
        List<LoggedMonth> months = new ArrayList<>();
        sums(Rollup.Kind.PERSON, List.of(RollupEntity.USER_KEY, RollupEntity.PERIOD_MONTH), PEOPLES_MONTHS, List.of(from, to), List.of(),
                row -> months.add(new LoggedMonth(row.getUserKey(), PeriodMonths.decode(row.getPeriodMonth()), row.getWorkedSeconds(),
                        row.getBillableSeconds())));
        return months;
    }

    /** From the PROJECT_DAY rollups, which hold the same work without the people: far fewer rows than the PROJECT ones on busy projects. */
    @Override
    public Set<Long> projects(YearMonth from, YearMonth to) {
        Set<Long> projects = new HashSet<>();
        sums(Rollup.Kind.PROJECT_DAY, List.of(RollupEntity.PROJECT_ID), PROJECT_DAYS, List.of(from, to), List.of(),
                row -> projects.add(row.getProjectId()));
        return projects;
    }

    @Override
    public Set<String> peopleOf(YearMonth from, YearMonth to, Collection<Long> projectIds) {
        List<Long> ids = new ArrayList<>(projectIds);
        Set<String> people = new HashSet<>();
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            sums(Rollup.Kind.PROJECT, List.of(RollupEntity.USER_KEY), PROJECTS_PEOPLE + " AND " + RollupEntity.PROJECT_ID + in(chunk.size()), List.of(from, to),
                    chunk, row -> people.add(row.getUserKey()));
        }
        return people;
    }

    /** The groups of {@code keys} whose worked or billable seconds add up to something, each to {@code each}. */
    private void sums(Rollup.Kind kind, List<String> keys, String where, List<YearMonth> months, List<Long> projectIds,
                      Consumer<RollupEntity> each) {
        List<Object> parameters = new ArrayList<>(List.of(kind.name(), PeriodMonths.bound(months.get(0)),
                PeriodMonths.bound(months.get(1))));
        parameters.addAll(projectIds);
        ao.stream(RollupEntity.class, RollupSums.selectInKeyOrder(keys, FIGURES).where(where, parameters.toArray()), row -> {
            if (row.getWorkedSeconds() != 0 || row.getBillableSeconds() != 0) {
                each.accept(row);
            }
        });
    }
}

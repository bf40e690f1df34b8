package io.github.ratecard.store;

import static io.github.ratecard.store.LedgerRows.IN_CHUNK;
import static io.github.ratecard.store.LedgerRows.LIVE;
import static io.github.ratecard.store.LedgerRows.money;
import static io.github.ratecard.store.Sql.in;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.IssueTotals;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.LedgerQueries;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.WorkSlice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** Reads of the live entries in RC_LEDGER for pages, reports and invoice drafts; each names the few columns it needs. */
public class AoLedgerQueries implements LedgerQueries {

    private static final String TOTAL_COLUMNS = String.join(", ", LedgerEntity.ID, LedgerEntity.WORKED_SECONDS,
            LedgerEntity.BILLED_SECONDS, LedgerEntity.COST_MINOR, LedgerEntity.COST_CURRENCY, LedgerEntity.BILL_MINOR,
            LedgerEntity.BILL_CURRENCY, LedgerEntity.STATUS);

    private static final String DAILY_COLUMNS = String.join(", ", LedgerEntity.ID, LedgerEntity.PROJECT_ID, LedgerEntity.ACCOUNT_KEY,
            LedgerEntity.BILL_CURRENCY, LedgerEntity.WORK_DAY, LedgerEntity.WORKED_SECONDS, LedgerEntity.BILLED_SECONDS,
            LedgerEntity.BILLABLE, LedgerEntity.COST_MINOR, LedgerEntity.BILL_MINOR, LedgerEntity.STATUS);

    private static final String SLICE_COLUMNS = String.join(", ", LedgerEntity.ID, LedgerEntity.ISSUE_ID, LedgerEntity.AUTHOR_KEY,
            LedgerEntity.ACCOUNT_KEY, LedgerEntity.BILL_CURRENCY, LedgerEntity.WORKED_SECONDS, LedgerEntity.BILLED_SECONDS,
            LedgerEntity.COST_MINOR, LedgerEntity.BILL_MINOR, LedgerEntity.STATUS);

    // every column an entry is read from
    private static final String ENTRY_COLUMNS = String.join(", ", LedgerEntity.ID, LedgerEntity.WORKLOG_ID, LedgerEntity.ISSUE_ID,
            LedgerEntity.PROJECT_ID, LedgerEntity.AUTHOR_KEY, LedgerEntity.STARTED_MILLIS, LedgerEntity.WORK_DAY, LedgerEntity.WORKED_SECONDS,
            LedgerEntity.BILLED_SECONDS, LedgerEntity.BILLABLE, LedgerEntity.ACCOUNT_KEY, LedgerEntity.COST_MINOR, LedgerEntity.COST_CURRENCY,
            LedgerEntity.BILL_MINOR, LedgerEntity.BILL_CURRENCY, LedgerEntity.COST_RATE_ID, LedgerEntity.BILL_RATE_ID, LedgerEntity.STATUS,
            LedgerEntity.PRICED_MILLIS, LedgerEntity.SOURCE_UPDATED_MILLIS, LedgerEntity.INVOICED);

    private static final String ROLLUP_COUNT_COLUMNS = String.join(", ", RollupEntity.ID, RollupEntity.ENTRIES, RollupEntity.UNPRICED);

    private final ActiveObjects ao;

    public AoLedgerQueries(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<LedgerEntry> entriesOfIssue(long issueId, int offset, int limit) {
        return Arrays.stream(ao.find(LedgerEntity.class, Query.select()
                        .where(LedgerEntity.ISSUE_ID + " = ? AND " + LIVE, issueId)
                        .order(LedgerEntity.STARTED_MILLIS + " DESC, " + LedgerEntity.WORKLOG_ID + " DESC").offset(offset).limit(limit)))
                .map(LedgerRows::entry).collect(Collectors.toList());
    }

    @Override
    public long countOfIssue(long issueId) {
        return ao.count(LedgerEntity.class, Query.select().where(LedgerEntity.ISSUE_ID + " = ? AND " + LIVE, issueId));
    }

    @Override
    public IssueTotals totalsOfIssue(long issueId) {
        IssueTotals totals = new IssueTotals();
        ao.stream(LedgerEntity.class, Query.select(TOTAL_COLUMNS).where(LedgerEntity.ISSUE_ID + " = ? AND " + LIVE, issueId), row ->
                totals.add(row.getWorkedSeconds(), row.getBilledSeconds(), money(row.getCostMinor(), row.getCostCurrency()),
                        money(row.getBillMinor(), row.getBillCurrency()), PricingStatus.valueOf(row.getStatus())));
        return totals;
    }

    @Override
    public long countLive() {
        return ao.count(LedgerEntity.class, Query.select().where(LIVE));
    }

    /**
     * Every live entry counts once in the PROJECT_DAY rollups, with whether it lacks a price, so
     * their sums give the priced and unpriced entries without reading the ledger. While some lack a
     * price, the ledger's entries that miss a rate are read for their status, and the rest of the
     * unpriced are those without an account, which internal work often is in large numbers.
     */
    @Override
    public Map<PricingStatus, Long> countsByStatus() {
        long[] totals = new long[2];
        ao.stream(RollupEntity.class, Query.select(ROLLUP_COUNT_COLUMNS).where(RollupEntity.KIND + " = ?", Rollup.Kind.PROJECT_DAY.name()),
                row -> {
                    totals[0] += row.getEntries();
                    totals[1] += row.getUnpriced();
                });
        Map<PricingStatus, Long> counts = new EnumMap<>(PricingStatus.class);
        for (PricingStatus status : PricingStatus.values()) {
            counts.put(status, 0L);
        }
        if (totals[1] != 0) {
            ao.stream(LedgerEntity.class, Query.select(LedgerEntity.ID + ", " + LedgerEntity.STATUS)
                    .where(LedgerEntity.STATUS + " IN (?, ?) AND " + LIVE, PricingStatus.MISSING_COST_RATE.name(),
                            PricingStatus.MISSING_BILL_RATE.name()),
                    row -> counts.merge(PricingStatus.valueOf(row.getStatus()), 1L, Long::sum));
        }
        long missingRates = counts.get(PricingStatus.MISSING_COST_RATE) + counts.get(PricingStatus.MISSING_BILL_RATE);
        // a change committed between the two reads may move an entry between the counts for a moment; none goes below zero
        counts.put(PricingStatus.NO_ACCOUNT, Math.max(0, totals[1] - missingRates));
        counts.put(PricingStatus.PRICED, Math.max(0, totals[0] - totals[1]));
        return counts;
    }

    @Override
    public List<Rollup> dailyOfIssues(Collection<Long> issueIds, LocalDate from, LocalDate to) {
        Map<Rollup.Key, Rollup> sums = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(issueIds);
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(from.toEpochDay());
            parameters.add(to.toEpochDay());
            ao.stream(LedgerEntity.class, Query.select(DAILY_COLUMNS).where(LedgerEntity.ISSUE_ID + in(chunk.size()) + " AND "
                    + LedgerEntity.WORK_DAY + " BETWEEN ? AND ? AND " + LIVE, parameters.toArray()), row -> {
                        Rollup.Key key = Rollup.Key.daily(Rollup.Kind.PROJECT_DAY, row.getProjectId(), row.getAccountKey(),
                                row.getBillCurrency(), LocalDate.ofEpochDay(row.getWorkDay()));
                        long cost = row.getCostMinor() == null ? 0 : row.getCostMinor();
                        long bill = row.getBillMinor() == null ? 0 : row.getBillMinor();
                        long unpriced = PricingStatus.valueOf(row.getStatus()) == PricingStatus.PRICED ? 0 : 1;
                        sums.merge(key, new Rollup(key, row.getWorkedSeconds(), row.getBilledSeconds(), cost, bill, 1, unpriced,
                                row.isBillable() ? row.getWorkedSeconds() : 0, 0, 1), Rollup::plus);
                    });
        }
        return new ArrayList<>(sums.values());
    }

    @Override
    public List<WorkSlice> slices(Long projectId, String accountKey, Collection<Long> issueIds, LocalDate from, LocalDate to) {
        String range = " AND " + LedgerEntity.WORK_DAY + " BETWEEN ? AND ? AND " + LIVE;
        List<Where> reads = new ArrayList<>();
        if (projectId != null) {
            reads.add(new Where(LedgerEntity.PROJECT_ID + " = ?" + range, List.of(projectId)));
        } else if (accountKey != null) {
            reads.add(new Where(LedgerEntity.ACCOUNT_KEY + " = ?" + range, List.of(accountKey)));
        } else {
            Sql.chunks(issueIds, IN_CHUNK).forEach(chunk -> reads.add(new Where(LedgerEntity.ISSUE_ID + in(chunk.size()) + range, chunk)));
        }
        Map<List<Object>, WorkSlice> sums = new LinkedHashMap<>();
        for (Where read : reads) {
            List<Object> parameters = new ArrayList<>(read.parameters());
            parameters.add(from.toEpochDay());
            parameters.add(to.toEpochDay());
            ao.stream(LedgerEntity.class, Query.select(SLICE_COLUMNS).where(read.clause(), parameters.toArray()), row -> {
                WorkSlice slice = new WorkSlice(row.getIssueId(), row.getAuthorKey(), row.getAccountKey(), row.getBillCurrency(),
                        row.getWorkedSeconds(), row.getBilledSeconds(), row.getCostMinor() == null ? 0 : row.getCostMinor(),
                        row.getBillMinor() == null ? 0 : row.getBillMinor(), 1,
                        PricingStatus.valueOf(row.getStatus()) == PricingStatus.PRICED ? 0 : 1);
                sums.merge(Arrays.asList(slice.issueId(), slice.authorKey(), slice.accountKey(), slice.billCurrency()), slice,
                        WorkSlice::plus);
            });
        }
        return new ArrayList<>(sums.values());
    }

    /** A WHERE clause and its parameters. */
    private record Where(String clause, List<? extends Object> parameters) {
    }

    @Override
    public void billableOfAccount(String accountKey, LocalDate from, LocalDate to, Consumer<LedgerEntry> entry) {
        ao.stream(LedgerEntity.class, Query.select(ENTRY_COLUMNS).where(LedgerEntity.ACCOUNT_KEY + " = ? AND " + LedgerEntity.WORK_DAY
                + " BETWEEN ? AND ? AND " + LedgerEntity.BILLABLE + " = ? AND " + LedgerEntity.INVOICED + " = ? AND " + LIVE, accountKey,
                from.toEpochDay(), to.toEpochDay(), true, false).order(LedgerEntity.WORKLOG_ID), row -> entry.accept(LedgerRows.entry(row)));
    }
}

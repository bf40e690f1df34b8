package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.domain.AffectedWork;
import io.github.ratecard.domain.ItemFailures;
import io.github.ratecard.ledger.ConcurrentLedgerChangeException;
import io.github.ratecard.ledger.LedgerEntry;
import io.github.ratecard.ledger.IssueTotals;
import io.github.ratecard.ledger.LedgerStore;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.WorkSlice;
import io.github.ratecard.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** The ledger in RC_LEDGER and its rollups in RC_ROLLUP. */
public class AoLedgerStore implements LedgerStore {

    private static final String LIVE = LedgerEntity.DELETED_MILLIS + " IS NULL";
    private static final int IN_CHUNK = 500;
    private static final int FOLD_CHUNK = 200;
    // stream() reads only the columns the query names
    private static final String ROLLUP_COLUMNS = String.join(", ", RollupEntity.ID, RollupEntity.KIND, RollupEntity.PROJECT_ID,
            RollupEntity.USER_KEY, RollupEntity.ACCOUNT_KEY, RollupEntity.CURRENCY, RollupEntity.PERIOD_MONTH, RollupEntity.PERIOD_DAY,
            RollupEntity.WORKED_SECONDS,
            RollupEntity.BILLED_SECONDS, RollupEntity.COST_MINOR, RollupEntity.BILL_MINOR, RollupEntity.ENTRIES, RollupEntity.UNPRICED);

    private static final String TOTAL_COLUMNS = String.join(", ", LedgerEntity.ID, LedgerEntity.WORKED_SECONDS,
            LedgerEntity.BILLED_SECONDS, LedgerEntity.COST_MINOR, LedgerEntity.COST_CURRENCY, LedgerEntity.BILL_MINOR,
            LedgerEntity.BILL_CURRENCY, LedgerEntity.STATUS);

    private static final String DAILY_COLUMNS = String.join(", ", LedgerEntity.ID, LedgerEntity.PROJECT_ID, LedgerEntity.ACCOUNT_KEY,
            LedgerEntity.BILL_CURRENCY, LedgerEntity.WORK_DAY, LedgerEntity.WORKED_SECONDS, LedgerEntity.BILLED_SECONDS,
            LedgerEntity.COST_MINOR, LedgerEntity.BILL_MINOR, LedgerEntity.STATUS);

    // every column an entry is read from
    private static final String ENTRY_COLUMNS = String.join(", ", LedgerEntity.ID, LedgerEntity.WORKLOG_ID, LedgerEntity.ISSUE_ID,
            LedgerEntity.PROJECT_ID, LedgerEntity.AUTHOR_KEY, LedgerEntity.STARTED_MILLIS, LedgerEntity.WORK_DAY, LedgerEntity.WORKED_SECONDS,
            LedgerEntity.BILLED_SECONDS, LedgerEntity.BILLABLE, LedgerEntity.ACCOUNT_KEY, LedgerEntity.COST_MINOR, LedgerEntity.COST_CURRENCY,
            LedgerEntity.BILL_MINOR, LedgerEntity.BILL_CURRENCY, LedgerEntity.COST_RATE_ID, LedgerEntity.BILL_RATE_ID, LedgerEntity.STATUS,
            LedgerEntity.PRICED_MILLIS, LedgerEntity.SOURCE_UPDATED_MILLIS, LedgerEntity.INVOICED);

    private static final String SLICE_COLUMNS = String.join(", ", LedgerEntity.ID, LedgerEntity.ISSUE_ID, LedgerEntity.AUTHOR_KEY,
            LedgerEntity.ACCOUNT_KEY, LedgerEntity.BILL_CURRENCY, LedgerEntity.WORKED_SECONDS, LedgerEntity.BILLED_SECONDS,
            LedgerEntity.COST_MINOR, LedgerEntity.BILL_MINOR, LedgerEntity.STATUS);

    private final ActiveObjects ao;

    public AoLedgerStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Stored> stored(long worklogId) {
        return row(worklogId).map(AoLedgerStore::stored);
    }

    private static Stored stored(LedgerEntity row) {
        return row.getDeletedMillis() != null
                ? new Stored(Optional.empty(), Optional.of(Instant.ofEpochMilli(row.getDeletedMillis())), row.getId())
                : new Stored(Optional.of(entry(row)), Optional.empty(), row.getId());
    }

    @Override
    public Map<Long, Stored> storedAll(Collection<Long> worklogIds) {
        Map<Long, Stored> result = new HashMap<>();
        List<Long> ids = List.copyOf(worklogIds);
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            for (LedgerEntity row : ao.find(LedgerEntity.class, Query.select().where(LedgerEntity.WORKLOG_ID + in(chunk.size()), chunk.toArray()))) {
                result.put(row.getWorklogId(), stored(row));
            }
        }
        return result;
    }

    @Override
    public void insertAll(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(entries.size());
        for (LedgerEntry entry : entries) {
            Map<String, Object> row = columns(entry, null);
            // an absent column is inserted as NULL; leaving them out spares the per-column checks of a bulk insert
            row.values().removeIf(Objects::isNull);
            rows.add(row);
        }
        ao.create(LedgerEntity.class, rows);
    }

    @Override
    public List<LedgerEntry> affectedEntries(AffectedWork work, long afterWorklogId, int limit) {
        Criteria criteria = criteria(work);
        List<Object> parameters = new ArrayList<>();
        parameters.add(afterWorklogId);
        parameters.addAll(criteria.parameters());
        return Arrays.stream(ao.find(LedgerEntity.class, Query.select()
                        .where(LedgerEntity.WORKLOG_ID + " > ? AND " + criteria.sql(), parameters.toArray())
                        .order(LedgerEntity.WORKLOG_ID).limit(limit)))
                .map(AoLedgerStore::entry).collect(Collectors.toList());
    }

    @Override
    public long countAffected(AffectedWork work) {
        Criteria criteria = criteria(work);
        return ao.count(LedgerEntity.class, Query.select().where(criteria.sql(), criteria.parameters().toArray()));
    }

    @Override
    public long countLive() {
        return ao.count(LedgerEntity.class, Query.select().where(LIVE));
    }

    private record Criteria(String sql, List<Object> parameters) {
    }

    private static Criteria criteria(AffectedWork work) {
        StringBuilder sql = new StringBuilder(LIVE);
        List<Object> parameters = new ArrayList<>();
        if (work.projectId() != null) {
            sql.append(" AND ").append(LedgerEntity.PROJECT_ID).append(" = ?");
            parameters.add(work.projectId());
        }
        if (work.accountKey() != null) {
            sql.append(" AND ").append(LedgerEntity.ACCOUNT_KEY).append(" = ?");
            parameters.add(work.accountKey());
        }
        if (!work.userKeys().isEmpty()) {
            sql.append(" AND ").append(LedgerEntity.AUTHOR_KEY).append(in(work.userKeys().size()));
            parameters.addAll(new java.util.TreeSet<>(work.userKeys()));
        }
        work.fromDay().ifPresent(day -> {
            sql.append(" AND ").append(LedgerEntity.WORK_DAY).append(" >= ?");
            parameters.add(day.toEpochDay());
        });
        work.toDay().ifPresent(day -> {
            sql.append(" AND ").append(LedgerEntity.WORK_DAY).append(" <= ?");
            parameters.add(day.toEpochDay());
        });
        return new Criteria(sql.toString(), parameters);
    }

    private static String in(int count) {
        return " IN (" + Sql.placeholders(count) + ")";
    }

    @Override
    public long compactRollups(ItemFailures failures) {
        Map<Rollup.Key, Rollup> sums = new HashMap<>();
        Map<Rollup.Key, List<Long>> rowIds = new HashMap<>();
        ao.stream(RollupEntity.class, Query.select(ROLLUP_COLUMNS), row -> {
            Rollup rollup;
            try {
                rollup = rollup(row);
            } catch (RuntimeException e) {
                failures.failed("rollup row " + row.getId(), e);
                return;
            }
            sums.merge(rollup.key(), rollup, Rollup::plus);
            rowIds.computeIfAbsent(rollup.key(), key -> new ArrayList<>(2)).add(row.getId());
        });
        List<Rollup.Key> foldable = rowIds.entrySet().stream().filter(e -> e.getValue().size() > 1 || sums.get(e.getKey()).isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toList());
        long removed = 0;
        for (int start = 0; start < foldable.size(); start += FOLD_CHUNK) {
            List<Rollup.Key> chunk = foldable.subList(start, Math.min(foldable.size(), start + FOLD_CHUNK));
            try {
                removed += ao.executeInTransaction(() -> fold(chunk, sums, rowIds));
            } catch (RuntimeException e) {
                failures.failed("rollup groups " + chunk.get(0) + " and " + (chunk.size() - 1) + " more", e);
            }
        }
        return removed;
    }

    /** Replaces the rows of each group by one row of their sum (none for an empty sum); returns the rows removed. */
    private long fold(List<Rollup.Key> groups, Map<Rollup.Key, Rollup> sums, Map<Rollup.Key, List<Long>> rowIds) {
        long rows = 0;
        List<Long> ids = new ArrayList<>();
        List<Rollup> folded = new ArrayList<>();
        for (Rollup.Key key : groups) {
            ids.addAll(rowIds.get(key));
            folded.add(sums.get(key));
        }
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            rows += ao.deleteWithSQL(RollupEntity.class, RollupEntity.ID + in(part.size()), part.toArray());
        }
        addToRollups(folded);
        return rows - folded.stream().filter(r -> !r.isEmpty()).count();
    }

    @Override
    public void save(LedgerEntry entry) {
        row(entry.worklogId()).ifPresent(existing -> remove(List.of(existing.getId())));
        ao.create(LedgerEntity.class, columns(entry, null));
    }

    @Override
    public void remove(Collection<Long> rowIds) {
        List<Long> ids = List.copyOf(rowIds);
        int removed = 0;
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            removed += ao.deleteWithSQL(LedgerEntity.class, LedgerEntity.ID + in(chunk.size()), chunk.toArray());
        }
        if (removed != ids.size()) {
            throw new ConcurrentLedgerChangeException(ids.size(), removed);
        }
    }

    @Override
    public void insertDeletionMarks(Map<Long, Instant> deletedAt) {
        List<Map<String, Object>> rows = new ArrayList<>(deletedAt.size());
        deletedAt.forEach((worklogId, at) -> rows.add(columns(new LedgerEntry(worklogId, 0, 0, "-", at, LocalDate.ofEpochDay(0), 0, 0, false,
                null, null, null, null, null, PricingStatus.PRICED, at, at, false), at.toEpochMilli())));
        rows.forEach(row -> row.values().removeIf(Objects::isNull));
        if (!rows.isEmpty()) {
            ao.create(LedgerEntity.class, rows);
        }
    }

    private static Map<String, Object> columns(LedgerEntry entry, Long deletedMillis) {
        Map<String, Object> row = new HashMap<>();
        row.put(LedgerEntity.WORKLOG_ID, entry.worklogId());
        row.put(LedgerEntity.ISSUE_ID, entry.issueId());
        row.put(LedgerEntity.PROJECT_ID, entry.projectId());
        row.put(LedgerEntity.AUTHOR_KEY, entry.authorKey());
        row.put(LedgerEntity.STARTED_MILLIS, entry.started().toEpochMilli());
        row.put(LedgerEntity.WORK_DAY, entry.workDate().toEpochDay());
        row.put(LedgerEntity.WORKED_SECONDS, entry.workedSeconds());
        row.put(LedgerEntity.BILLED_SECONDS, entry.billedSeconds());
        row.put(LedgerEntity.BILLABLE, entry.billable());
        row.put(LedgerEntity.ACCOUNT_KEY, entry.accountKey());
        row.put(LedgerEntity.COST_MINOR, entry.cost() == null ? null : entry.cost().minorUnits());
        row.put(LedgerEntity.COST_CURRENCY, entry.cost() == null ? null : entry.cost().currency().getCurrencyCode());
        row.put(LedgerEntity.BILL_MINOR, entry.bill() == null ? null : entry.bill().minorUnits());
        row.put(LedgerEntity.BILL_CURRENCY, entry.bill() == null ? null : entry.bill().currency().getCurrencyCode());
        row.put(LedgerEntity.COST_RATE_ID, entry.costRateId());
        row.put(LedgerEntity.BILL_RATE_ID, entry.billRateId());
        row.put(LedgerEntity.STATUS, entry.status().name());
        row.put(LedgerEntity.PRICED_MILLIS, entry.pricedAt().toEpochMilli());
        row.put(LedgerEntity.SOURCE_UPDATED_MILLIS, entry.sourceUpdated().toEpochMilli());
        row.put(LedgerEntity.INVOICED, entry.invoiced());
        row.put(LedgerEntity.DELETED_MILLIS, deletedMillis);
        return row;
    }

    @Override
    public void addToRollups(List<Rollup> contributions) {
        Map<Rollup.Key, Rollup> merged = new LinkedHashMap<>();
        for (Rollup contribution : contributions) {
            merged.merge(contribution.key(), contribution, Rollup::plus);
        }
        List<Map<String, Object>> rows = new ArrayList<>(merged.size());
        for (Rollup rollup : merged.values()) {
            if (rollup.isEmpty()) {
                continue;
            }
            Rollup.Key key = rollup.key();
            Map<String, Object> row = new HashMap<>();
            row.put(RollupEntity.KIND, key.kind().name());
            row.put(RollupEntity.PROJECT_ID, key.projectId());
            row.put(RollupEntity.USER_KEY, key.userKey());
            row.put(RollupEntity.ACCOUNT_KEY, key.accountKey());
            row.put(RollupEntity.CURRENCY, key.currency());
            row.put(RollupEntity.PERIOD_MONTH, PeriodMonths.encode(key.month()));
            if (key.day() != null) {
                row.put(RollupEntity.PERIOD_DAY, key.day().toEpochDay());
            }
            row.put(RollupEntity.WORKED_SECONDS, rollup.workedSeconds());
            row.put(RollupEntity.BILLED_SECONDS, rollup.billedSeconds());
            row.put(RollupEntity.COST_MINOR, rollup.costMinor());
            row.put(RollupEntity.BILL_MINOR, rollup.billMinor());
            row.put(RollupEntity.ENTRIES, rollup.entries());
            row.put(RollupEntity.UNPRICED, rollup.unpriced());
            rows.add(row);
        }
        if (rows.size() == 1) {
            ao.create(RollupEntity.class, rows.get(0));
        } else if (!rows.isEmpty()) {
            ao.create(RollupEntity.class, rows);
        }
    }

    @Override
    public List<LedgerEntry> entriesOfIssue(long issueId, int offset, int limit) {
        return Arrays.stream(ao.find(LedgerEntity.class, Query.select()
                        .where(LedgerEntity.ISSUE_ID + " = ? AND " + LIVE, issueId)
                        .order(LedgerEntity.STARTED_MILLIS + " DESC, " + LedgerEntity.WORKLOG_ID + " DESC").offset(offset).limit(limit)))
                .map(AoLedgerStore::entry).collect(Collectors.toList());
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
    public List<LedgerEntry> allEntriesOfIssue(long issueId) {
        return Arrays.stream(ao.find(LedgerEntity.class, Query.select().where(LedgerEntity.ISSUE_ID + " = ? AND " + LIVE, issueId)
                .order(LedgerEntity.WORKLOG_ID))).map(AoLedgerStore::entry).collect(Collectors.toList());
    }

    @Override
    public Map<PricingStatus, Long> countsByStatus() {
        Map<PricingStatus, Long> counts = new java.util.EnumMap<>(PricingStatus.class);
        for (PricingStatus status : PricingStatus.values()) {
            counts.put(status, (long) ao.count(LedgerEntity.class,
                    Query.select().where(LedgerEntity.STATUS + " = ? AND " + LIVE, status.name())));
        }
        return counts;
    }

    @Override
    public List<Rollup> rollups(Rollup.Kind kind, Long projectId, String accountKey, YearMonth from, YearMonth to) {
        boolean ofProject = kind == Rollup.Kind.PROJECT || kind == Rollup.Kind.PROJECT_DAY;
        String scope = ofProject ? RollupEntity.PROJECT_ID : RollupEntity.ACCOUNT_KEY;
        Object scopeValue = ofProject ? projectId : accountKey;
        Query query = Query.select(ROLLUP_COLUMNS)
                .where(RollupEntity.KIND + " = ? AND " + scope + " = ? AND " + RollupEntity.PERIOD_MONTH + " BETWEEN ? AND ?",
                kind.name(), scopeValue, PeriodMonths.bound(from), PeriodMonths.bound(to));
        Map<Rollup.Key, Rollup> sums = new LinkedHashMap<>();
        ao.stream(RollupEntity.class, query, row -> sums.merge(rollupKey(row), rollup(row), Rollup::plus));
        List<Rollup> result = new ArrayList<>();
        sums.values().stream().filter(r -> !r.isEmpty()).forEach(result::add);
        return result;
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
                        sums.merge(key, new Rollup(key, row.getWorkedSeconds(), row.getBilledSeconds(), cost, bill, 1, unpriced), Rollup::plus);
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
                sums.merge(java.util.Arrays.asList(slice.issueId(), slice.authorKey(), slice.accountKey(), slice.billCurrency()), slice,
                        WorkSlice::plus);
            });
        }
        return new ArrayList<>(sums.values());
    }

    @Override
    public void billableOfAccount(String accountKey, LocalDate from, LocalDate to, java.util.function.Consumer<LedgerEntry> entry) {
        ao.stream(LedgerEntity.class, Query.select(ENTRY_COLUMNS).where(LedgerEntity.ACCOUNT_KEY + " = ? AND " + LedgerEntity.WORK_DAY
                + " BETWEEN ? AND ? AND " + LedgerEntity.BILLABLE + " = ? AND " + LedgerEntity.INVOICED + " = ? AND " + LIVE, accountKey,
                from.toEpochDay(), to.toEpochDay(), true, false).order(LedgerEntity.WORKLOG_ID), row -> entry.accept(entry(row)));
    }

    @Override
    public void markInvoiced(Collection<Long> worklogIds, boolean invoiced) {
        for (List<Long> chunk : Sql.chunks(worklogIds, IN_CHUNK)) {
            for (LedgerEntity row : ao.find(LedgerEntity.class, Query.select().where(LedgerEntity.WORKLOG_ID + in(chunk.size()) + " AND " + LIVE,
                    chunk.toArray()))) {
                row.setInvoiced(invoiced);
                row.save();
            }
        }
    }

    /** A WHERE clause and its parameters. */
    private record Where(String clause, List<? extends Object> parameters) {
    }

    private static Rollup.Key rollupKey(RollupEntity row) {
        return new Rollup.Key(Rollup.Kind.valueOf(row.getKind()), row.getProjectId(), row.getUserKey(), row.getAccountKey(),
                row.getCurrency(), PeriodMonths.decode(row.getPeriodMonth()),
                row.getPeriodDay() == null ? null : LocalDate.ofEpochDay(row.getPeriodDay()));
    }

    private static Rollup rollup(RollupEntity row) {
        return new Rollup(rollupKey(row), row.getWorkedSeconds(), row.getBilledSeconds(), row.getCostMinor(), row.getBillMinor(),
                row.getEntries(), row.getUnpriced());
    }

    private Optional<LedgerEntity> row(long worklogId) {
        LedgerEntity[] found = ao.find(LedgerEntity.class, Query.select().where(LedgerEntity.WORKLOG_ID + " = ?", worklogId));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static LedgerEntry entry(LedgerEntity row) {
        return new LedgerEntry(row.getWorklogId(), row.getIssueId(), row.getProjectId(), row.getAuthorKey(),
                Instant.ofEpochMilli(row.getStartedMillis()), LocalDate.ofEpochDay(row.getWorkDay()), row.getWorkedSeconds(),
                row.getBilledSeconds(), row.isBillable(), row.getAccountKey(), money(row.getCostMinor(), row.getCostCurrency()),
                money(row.getBillMinor(), row.getBillCurrency()), row.getCostRateId(), row.getBillRateId(),
                PricingStatus.valueOf(row.getStatus()), Instant.ofEpochMilli(row.getPricedMillis()),
                Instant.ofEpochMilli(row.getSourceUpdatedMillis()), row.isInvoiced());
    }

    private static Money money(Long minor, String currency) {
        return minor == null ? null : Money.ofMinor(minor, Currency.getInstance(currency));
    }
}

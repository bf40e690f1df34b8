package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.ItemFailures;
import io.github.ratecard.ledger.Rollup;
import io.github.ratecard.ledger.RollupStore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** The ledger's rollups in RC_ROLLUP: added to row by row, read as sums per key (added up in the database), folded by the background job a window at a time ({@link RollupFolding}). */
public class AoRollupStore implements RollupStore {

    // stream() reads only the columns the query names
    static final String ROLLUP_COLUMNS = String.join(", ", RollupEntity.ID, RollupEntity.KIND, RollupEntity.PROJECT_ID,
            RollupEntity.USER_KEY, RollupEntity.ACCOUNT_KEY, RollupEntity.CURRENCY, RollupEntity.PERIOD_MONTH, RollupEntity.PERIOD_DAY,
            RollupEntity.WORKED_SECONDS,
            RollupEntity.BILLED_SECONDS, RollupEntity.COST_MINOR, RollupEntity.BILL_MINOR, RollupEntity.ENTRIES, RollupEntity.UNPRICED,
            RollupEntity.BILLABLE_SECONDS, RollupEntity.VALUE_MINOR, RollupEntity.UNVALUED);

    private static final List<String> KEY_COLUMNS = List.of(RollupEntity.KIND, RollupEntity.PROJECT_ID, RollupEntity.USER_KEY,
            RollupEntity.ACCOUNT_KEY, RollupEntity.CURRENCY, RollupEntity.PERIOD_MONTH, RollupEntity.PERIOD_DAY);

    private final ActiveObjects ao;
    private final RollupFolding folding;

    public AoRollupStore(ActiveObjects ao) {
        this(ao, RollupFolding.HELD_ROWS);
    }

    /** A store whose folding holds at most about {@code heldRows} row IDs of groups to fold per run (a group is never split). */
    AoRollupStore(ActiveObjects ao, int heldRows) {
        this.ao = ao;
        this.folding = new RollupFolding(ao, AoRollupStore::rollup, heldRows);
    }

    @Override
    public void addToRollups(List<Rollup> contributions) {
        List<Map<String, Object>> rows = rows(contributions);
        if (rows.size() == 1) {
            ao.create(RollupEntity.class, rows.get(0));
        } else if (!rows.isEmpty()) {
            ao.create(RollupEntity.class, rows);
        }
    }

    /** The rows that add these contributions: one per group, of their sum, none for a group whose sum is empty. */
    static List<Map<String, Object>> rows(List<Rollup> contributions) {
        Map<Rollup.Key, Rollup> merged = new LinkedHashMap<>();
        for (Rollup contribution : contributions) {
            merged.merge(contribution.key(), contribution, Rollup::plus);
        }
        List<Map<String, Object>> rows = new ArrayList<>(merged.size());
        for (Rollup rollup : merged.values()) {
            if (!rollup.isEmpty()) {
                rows.add(columns(rollup));
            }
        }
        return rows;
    }

    private static Map<String, Object> columns(Rollup rollup) {
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
        row.put(RollupEntity.BILLABLE_SECONDS, rollup.billableSeconds());
        row.put(RollupEntity.VALUE_MINOR, rollup.valueMinor());
        row.put(RollupEntity.UNVALUED, rollup.unvalued());
        return row;
    }

    @Override
    public List<Rollup> rollups(Rollup.Kind kind, Long projectId, String accountKey, YearMonth from, YearMonth to) {
        if (kind == Rollup.Kind.PERSON) {
            throw new IllegalArgumentException("not a kind of a project or an account: " + kind);
        }
        boolean ofProject = kind == Rollup.Kind.PROJECT || kind == Rollup.Kind.PROJECT_DAY;
        String scope = ofProject ? RollupEntity.PROJECT_ID : RollupEntity.ACCOUNT_KEY;
        Object scopeValue = ofProject ? projectId : accountKey;
        Query query = RollupSums.select(KEY_COLUMNS, RollupSums.FIGURES)
                .where(RollupEntity.KIND + " = ? AND " + scope + " = ? AND " + RollupEntity.PERIOD_MONTH + " BETWEEN ? AND ?",
                kind.name(), scopeValue, PeriodMonths.bound(from), PeriodMonths.bound(to));
        return sums(query);
    }

    @Override
    public List<Rollup> monthly(Rollup.Kind kind, YearMonth from, YearMonth to) {
        if (kind.isDaily()) {
            throw new IllegalArgumentException("not a monthly kind: " + kind);
        }
        return sums(RollupSums.select(KEY_COLUMNS, RollupSums.FIGURES).where(RollupEntity.KIND + " = ? AND " + RollupEntity.PERIOD_MONTH
                + " BETWEEN ? AND ?", kind.name(), PeriodMonths.bound(from), PeriodMonths.bound(to)));
    }

    /** The groups the query adds up, but the empty ones. */
    private List<Rollup> sums(Query query) {
        List<Rollup> result = new ArrayList<>();
        ao.stream(RollupEntity.class, query, row -> {
            Rollup rollup = rollup(row);
            if (!rollup.isEmpty()) {
                result.add(rollup);
            }
        });
        return result;
    }

    @Override
    public long compactRollups(ItemFailures failures) {
        return folding.fold(failures, this::addToRollups);
    }

    private static Rollup.Key rollupKey(RollupEntity row) {
        return new Rollup.Key(Rollup.Kind.valueOf(row.getKind()), row.getProjectId(), row.getUserKey(), row.getAccountKey(),
                row.getCurrency(), PeriodMonths.decode(row.getPeriodMonth()),
                row.getPeriodDay() == null ? null : LocalDate.ofEpochDay(row.getPeriodDay()));
    }

    private static Rollup rollup(RollupEntity row) {
        return new Rollup(rollupKey(row), row.getWorkedSeconds(), row.getBilledSeconds(), row.getCostMinor(), row.getBillMinor(),
                row.getEntries(), row.getUnpriced(), row.getBillableSeconds(), row.getValueMinor(), row.getUnvalued());
    }
}

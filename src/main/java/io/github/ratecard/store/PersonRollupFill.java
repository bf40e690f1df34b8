package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * Model version 9's data: the PERSON rollups of an existing ledger, made from its PROJECT rollups, through the rollup
 * table as model version 8 declared it ({@link RollupEntityModel8}; version 9 does not change it) and its column names as
 * of then. In one transaction it deletes every PERSON row, then reads the PROJECT rows a month at a time, added up in the
 * database per user, currency and month (every figure, over the projects and accounts, whether the rows are folded or
 * not), and adds one PERSON row per group that is not empty, in batches. Only a month's groups are held at once (people
 * times currencies), and no write happens while a read is open. Run again, it writes the same rows again; a run the
 * database refuses leaves the table as it was.
 */
public final class PersonRollupFill {

    private static final List<String> FIGURES = List.of("WORKED_SECONDS", "BILLED_SECONDS", "COST_MINOR", "BILL_MINOR", "ENTRIES",
            "UNPRICED", "BILLABLE_SECONDS", "VALUE_MINOR", "UNVALUED");
    private static final String PROJECT = "PROJECT";
    private static final String PERSON = "PERSON";

    private final ActiveObjects ao;
    private final int batch;

    /** {@code batch}: the rows added by one statement. */
    public PersonRollupFill(ActiveObjects ao, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("A batch holds at least one row, was " + batch);
        }
        this.ao = ao;
        this.batch = batch;
    }

    /** What one run did: PERSON rows deleted first, PERSON rows written, months of PROJECT rows read. */
    public record Outcome(long deleted, long written, long months) {
    }

    /** The whole fill, one transaction; throws what the database throws, having changed nothing then. */
    public Outcome run() {
        return ao.executeInTransaction(() -> {
            long deleted = ao.deleteWithSQL(RollupEntityModel8.class, "KIND = ?", PERSON);
            List<Integer> months = new ArrayList<>();
            ao.stream(RollupEntityModel8.class, Query.select("MIN(ID) AS ID, PERIOD_MONTH").where("KIND = ?", PROJECT)
                    .group("PERIOD_MONTH").order("PERIOD_MONTH"), row -> months.add(row.getPeriodMonth()));
            long written = 0;
            for (int month : months) {
                written += fill(month);
            }
            return new Outcome(deleted, written, months.size());
        });
    }

    /** Adds one month's PERSON rows; returns how many. */
    private long fill(int month) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>(List.of("MIN(ID) AS ID", "USER_KEY", "CURRENCY", "PERIOD_MONTH"));
        FIGURES.forEach(figure -> columns.add("SUM(" + figure + ") AS " + figure));
        ao.stream(RollupEntityModel8.class, Query.select(String.join(", ", columns)).where("KIND = ? AND PERIOD_MONTH = ?", PROJECT, month)
                .group("USER_KEY, CURRENCY, PERIOD_MONTH").order("USER_KEY, CURRENCY"), group -> {
            Map<String, Object> row = person(group);
            if (row != null) {
                rows.add(row);
            }
        });
        for (int from = 0; from < rows.size(); from += batch) {
            List<Map<String, Object>> part = rows.subList(from, Math.min(rows.size(), from + batch));
            if (part.size() == 1) {
                ao.create(RollupEntityModel8.class, part.get(0));
            } else {
                ao.create(RollupEntityModel8.class, part);
            }
        }
        return rows.size();
    }

    /** The PERSON row of a group of PROJECT rows; null when its figures add up to nothing. */
    private static Map<String, Object> person(RollupEntityModel8 group) {
        long[] figures = {group.getWorkedSeconds(), group.getBilledSeconds(), group.getCostMinor(), group.getBillMinor(), group.getEntries(),
                group.getUnpriced(), group.getBillableSeconds(), group.getValueMinor(), group.getUnvalued()};
        boolean empty = true;
        for (long figure : figures) {
            empty &= figure == 0;
        }
        if (empty) {
            return null;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("KIND", PERSON);
        row.put("PROJECT_ID", null);
        row.put("USER_KEY", group.getUserKey());
        row.put("ACCOUNT_KEY", null);
        row.put("CURRENCY", group.getCurrency());
        row.put("PERIOD_MONTH", group.getPeriodMonth());
        for (int i = 0; i < FIGURES.size(); i++) {
            row.put(FIGURES.get(i), figures[i]);
        }
        return row;
    }
}

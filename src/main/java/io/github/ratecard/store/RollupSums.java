package io.github.ratecard.store;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.Query;

/**
 * A read of RC_ROLLUP that adds up the rows in the database: one row per group of the key columns named, each figure
 * column its group's SUM, the ID its group's lowest, in the order of those IDs (the order in which the groups first
 * appeared). Active Objects quotes the columns and the GROUP BY for the database, and its SQL listener counts the
 * statement as any other.
 */
final class RollupSums {

    private RollupSums() {
    }

    /** The query selecting {@code keys} and the sums of {@code figures}, grouped by {@code keys}. */
    static Query select(List<String> keys, List<String> figures) {
        List<String> columns = new ArrayList<>();
        columns.add("MIN(" + RollupEntity.ID + ") AS " + RollupEntity.ID);
        columns.addAll(keys);
        figures.forEach(figure -> columns.add("SUM(" + figure + ") AS " + figure));
        return Query.select(String.join(", ", columns)).group(String.join(", ", keys)).order(RollupEntity.ID);
    }

    /**
     * As {@link #select}, but in the order of the key columns: the database sorts the groups once, for grouping and order
     * alike, instead of sorting them again by their lowest ID (with 120,000 groups PostgreSQL sorted both on disk).
     */
    static Query selectInKeyOrder(List<String> keys, List<String> figures) {
        return select(keys, figures).order(String.join(", ", keys));
    }

    /** Every figure a rollup has. */
    static final List<String> FIGURES = List.of(RollupEntity.WORKED_SECONDS, RollupEntity.BILLED_SECONDS, RollupEntity.COST_MINOR,
            RollupEntity.BILL_MINOR, RollupEntity.ENTRIES, RollupEntity.UNPRICED, RollupEntity.BILLABLE_SECONDS, RollupEntity.VALUE_MINOR,
            RollupEntity.UNVALUED);
}

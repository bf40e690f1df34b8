package io.github.ratecard.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.ledger.LedgerQueries;
import io.github.ratecard.ledger.PricingStatus;
import io.github.ratecard.ledger.RetryQueue;
import io.github.ratecard.store.LedgerEntity;
import io.github.ratecard.store.RollupEntity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import net.java.ao.Query;

/**
 * What {@code GET /admin/health} reads from the database (the entries by pricing status and the
 * retry queue's size), in interleaved rounds against the four counts of the whole ledger it made
 * before; the two must agree.
 */
final class HealthFigures {

    private static final int ROUNDS = 30;

    private final LedgerQueries queries;
    private final RetryQueue retries;
    private final ActiveObjects ao;

    HealthFigures(LedgerQueries queries, RetryQueue retries, ActiveObjects ao) {
        this.queries = queries;
        this.retries = retries;
        this.ao = ao;
    }

    Map<String, Object> measure(long ledger) {
        Map<PricingStatus, Long> counts = queries.countsByStatus();
        if (!counts.equals(fourCounts())) {
            throw new IllegalStateException("The health counts differ: " + counts + " against " + fourCounts());
        }
        long[] ours = new long[ROUNDS];
        long[] before = new long[ROUNDS];
        for (int round = -5; round < ROUNDS; round++) {
            long begin = System.nanoTime();
            queries.countsByStatus();
            retries.size();
            long middle = System.nanoTime();
            fourCounts();
            retries.size();
            long end = System.nanoTime();
            if (round >= 0) {
                ours[round] = middle - begin;
                before[round] = end - middle;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("ledger", ledger);
        figures.put("byStatus", counts.toString());
        figures.put("rollupRowsRead", ao.count(RollupEntity.class, Query.select().where(RollupEntity.KIND + " = ?", "PROJECT_DAY")));
        figures.put("p50", SourceReadFigures.millis(SourceReadFigures.median(ours)));
        figures.put("fourCountsP50", SourceReadFigures.millis(SourceReadFigures.median(before)));
        figures.put("ratio", SourceReadFigures.ratio(SourceReadFigures.median(ours), SourceReadFigures.median(before)));
        figures.put("rounds", ROUNDS);
        return figures;
    }

    /** The health read alone, for a ledger too large for four counts in every round: checked once against them. */
    Map<String, Object> measureAlone(long ledger) {
        Map<PricingStatus, Long> counts = queries.countsByStatus();
        if (!counts.equals(fourCounts())) {
            throw new IllegalStateException("The health counts differ: " + counts + " against " + fourCounts());
        }
        long[] ours = new long[ROUNDS];
        for (int round = -5; round < ROUNDS; round++) {
            long begin = System.nanoTime();
            queries.countsByStatus();
            retries.size();
            if (round >= 0) {
                ours[round] = System.nanoTime() - begin;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("ledger", ledger);
        figures.put("byStatus", counts.toString());
        figures.put("rollupRowsRead", ao.count(RollupEntity.class, Query.select().where(RollupEntity.KIND + " = ?", "PROJECT_DAY")));
        figures.put("p50", SourceReadFigures.millis(SourceReadFigures.median(ours)));
        figures.put("rounds", ROUNDS);
        return figures;
    }

    /** How the health counts were made before: one count of the whole ledger per status. */
    private Map<PricingStatus, Long> fourCounts() {
        Map<PricingStatus, Long> counts = new EnumMap<>(PricingStatus.class);
        for (PricingStatus status : PricingStatus.values()) {
            counts.put(status, (long) ao.count(LedgerEntity.class, Query.select()
                    .where(LedgerEntity.STATUS + " = ? AND " + LedgerEntity.DELETED_MILLIS + " IS NULL", status.name())));
        }
        return counts;
    }
}

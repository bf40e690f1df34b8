package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.insight.margin.MarginQuery;
import io.github.ratecard.insight.margin.MarginSnapshot;
import io.github.ratecard.insight.margin.MarginSnapshotStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Profitability snapshots in RC_MARGIN_SNAP, one row per query: saving replaces the query's row unless a snapshot computed
 * later is kept already (a node that computed earlier but saves last does not replace it; two saves at the very same moment
 * may both stay, and a read takes the newest), and drops every snapshot of any query computed more than {@link #KEPT_FOR}
 * before the one saved.
 */
public class AoMarginSnapshotStore implements MarginSnapshotStore {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final ActiveObjects ao;

    public AoMarginSnapshotStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<MarginSnapshot> find(MarginQuery query) {
        MarginSnapshotEntity[] rows = ao.find(MarginSnapshotEntity.class, Query.select()
                .where(MarginSnapshotEntity.QUERY_KEY + " = ?", key(query)).order(MarginSnapshotEntity.COMPUTED_AT + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty()
                : Optional.of(new MarginSnapshot(MarginReportJson.read(rows[0].getReport()), Instant.ofEpochMilli(rows[0].getComputedAt())));
    }

    @Override
    public void save(MarginQuery query, MarginSnapshot snapshot) {
        String key = key(query);
        String report = MarginReportJson.write(snapshot.report());
        long computedAt = snapshot.computedAt().toEpochMilli();
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(MarginSnapshotEntity.class, "(" + MarginSnapshotEntity.QUERY_KEY + " = ? AND " + MarginSnapshotEntity.COMPUTED_AT
                    + " <= ?) OR " + MarginSnapshotEntity.COMPUTED_AT + " < ?", key, computedAt, computedAt - KEPT_FOR.toMillis());
            if (ao.count(MarginSnapshotEntity.class, Query.select().where(MarginSnapshotEntity.QUERY_KEY + " = ?", key)) == 0) {
                ao.create(MarginSnapshotEntity.class, Map.of(MarginSnapshotEntity.QUERY_KEY, key, MarginSnapshotEntity.COMPUTED_AT, computedAt,
                        MarginSnapshotEntity.REPORT, report));
            }
            return null;
        });
    }

    /** The grouping, the months, the project and the account (a kept query has no project and an account key of at most 20 characters). */
    static String key(MarginQuery query) {
        return query.by().name() + " " + query.from() + " " + query.to() + " " + (query.projectKey() == null ? "" : query.projectKey())
                + " " + (query.accountKey() == null ? "" : query.accountKey());
    }
}

package io.github.ratecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.ratecard.insight.margin.MarginGrouping;
import io.github.ratecard.insight.margin.MarginQuery;
import io.github.ratecard.insight.margin.MarginSnapshot;
import io.github.ratecard.insight.margin.MarginSnapshotStore;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Profitability snapshots in RC_MARGIN_SNAP, one row per query: saving replaces the query's row unless a snapshot computed
 * later is kept already (a node that computed earlier but saves last does not replace it; two saves at the very same moment
 * may both stay, and a read takes the newest), keeps the later of the two moments it was asked for, and drops every
 * snapshot of any query computed more than {@link #KEPT_FOR} before the one saved. The query is kept as its key (see
 * {@link #key}) and read back from it.
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
                : Optional.of(new MarginSnapshot(MarginReportJson.read(rows[0].getReport()), Instant.ofEpochMilli(rows[0].getComputedAt()),
                        Instant.ofEpochMilli(rows[0].getAskedAt())));
    }

    @Override
    public void save(MarginQuery query, MarginSnapshot snapshot) {
        String key = key(query);
        String report = MarginReportJson.write(snapshot.report());
        long computedAt = snapshot.computedAt().toEpochMilli();
        ao.executeInTransaction(() -> {
            long askedAt = snapshot.askedAt().toEpochMilli();
            boolean laterKept = false;
            for (MarginSnapshotEntity row : ao.find(MarginSnapshotEntity.class, Query.select(
                    "ID, " + MarginSnapshotEntity.COMPUTED_AT + ", " + MarginSnapshotEntity.ASKED_AT).where(MarginSnapshotEntity.QUERY_KEY + " = ?", key))) {
                askedAt = Math.max(askedAt, row.getAskedAt());
                laterKept |= row.getComputedAt() > computedAt;
            }
            ao.deleteWithSQL(MarginSnapshotEntity.class, "(" + MarginSnapshotEntity.QUERY_KEY + " = ? AND " + MarginSnapshotEntity.COMPUTED_AT
                    + " <= ?) OR " + MarginSnapshotEntity.COMPUTED_AT + " < ?", key, computedAt, computedAt - KEPT_FOR.toMillis());
            if (laterKept) {
                markAsked(key, askedAt);
            } else {
                ao.create(MarginSnapshotEntity.class, Map.of(MarginSnapshotEntity.QUERY_KEY, key, MarginSnapshotEntity.COMPUTED_AT, computedAt,
                        MarginSnapshotEntity.ASKED_AT, askedAt, MarginSnapshotEntity.REPORT, report));
            }
            return null;
        });
    }

    @Override
    public void asked(MarginQuery query, Instant at) {
        markAsked(key(query), at.toEpochMilli());
    }

    private void markAsked(String key, long at) {
        for (MarginSnapshotEntity row : ao.find(MarginSnapshotEntity.class, Query.select("ID, " + MarginSnapshotEntity.ASKED_AT)
                .where(MarginSnapshotEntity.QUERY_KEY + " = ? AND (" + MarginSnapshotEntity.ASKED_AT + " IS NULL OR " + MarginSnapshotEntity.ASKED_AT
                        + " < ?)", key, at))) {
            row.setAskedAt(at);
            row.save();
        }
    }

    /** Each query once (two nodes saving at the very same moment may have kept two rows of one), the latest asked first. */
    @Override
    public List<Kept> askedSince(Instant askedSince, Instant computedBefore) {
        Map<MarginQuery, Kept> found = new LinkedHashMap<>();
        ao.stream(MarginSnapshotEntity.class, Query.select("ID, " + MarginSnapshotEntity.QUERY_KEY + ", " + MarginSnapshotEntity.ASKED_AT).where(MarginSnapshotEntity.ASKED_AT + " >= ? AND " + MarginSnapshotEntity.COMPUTED_AT + " < ?",
                askedSince.toEpochMilli(), computedBefore.toEpochMilli()).order(MarginSnapshotEntity.ASKED_AT + " DESC"),
                row -> query(row.getQueryKey()).ifPresent(query -> found.putIfAbsent(query, new Kept(query, Instant.ofEpochMilli(row.getAskedAt())))));
        return List.copyOf(found.values());
    }

    /**
     * The query of a key made by {@link #key}; none when the key is not one (an account key with a space in it, which no
     * account has, cannot be read back).
     */
    static Optional<MarginQuery> query(String key) {
        String[] parts = key.split(" ", -1);
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            MarginQuery query = new MarginQuery(YearMonth.parse(parts[1]), YearMonth.parse(parts[2]), MarginGrouping.valueOf(parts[0]), parts[3],
                    parts[4]);
            return key(query).equals(key) ? Optional.of(query) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The grouping, the months, the project and the account (a kept query has no project and an account key of at most 20 characters). */
    static String key(MarginQuery query) {
        return query.by().name() + " " + query.from() + " " + query.to() + " " + (query.projectKey() == null ? "" : query.projectKey())
                + " " + (query.accountKey() == null ? "" : query.accountKey());
    }
}

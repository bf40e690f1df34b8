package io.github.ratecard.insight.margin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The latest snapshot kept of each report asked for (by its query), shared by every node. */
public interface MarginSnapshotStore {

    /** The newest snapshot of the report of {@code query}, if one is kept. */
    Optional<MarginSnapshot> find(MarginQuery query);

    /**
     * Keeps {@code snapshot} as the report of {@code query}, in place of the one kept before, unless that one was computed
     * later; the moment it was last asked for is the later of the two snapshots'. Snapshots of other queries computed long
     * before may go.
     */
    void save(MarginQuery query, MarginSnapshot snapshot);

    /** Notes that the snapshot of {@code query} was asked for at {@code at}. */
    void asked(MarginQuery query, Instant at);

    /**
     * The queries whose snapshots were asked for at {@code askedSince} or later and computed before {@code computedBefore},
     * each once, the one asked for last first.
     */
    List<Kept> askedSince(Instant askedSince, Instant computedBefore);

    /** A kept snapshot's query and when it was last asked for. */
    record Kept(MarginQuery query, Instant askedAt) {
    }
}

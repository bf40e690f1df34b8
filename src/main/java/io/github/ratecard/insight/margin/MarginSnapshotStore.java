package io.github.ratecard.insight.margin;

import java.util.Optional;

/** The latest snapshot kept of each report asked for (by its query), shared by every node. */
public interface MarginSnapshotStore {

    /** The newest snapshot of the report of {@code query}, if one is kept. */
    Optional<MarginSnapshot> find(MarginQuery query);

    /** Keeps {@code snapshot} as the report of {@code query}, in place of the one kept before; snapshots of other queries computed long before may go. */
    void save(MarginQuery query, MarginSnapshot snapshot);
}

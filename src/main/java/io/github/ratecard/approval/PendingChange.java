package io.github.ratecard.approval;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A change of approved or closed work that the ledger has not taken: the figures it keeps
 * ({@code before}, what was approved), the figures Jira has now ({@code after}), and the locks that
 * held it. Its {@link #key()} is the worklog and Jira's time of the change, so the same change
 * delivered twice is the same pending change.
 */
public record PendingChange(long worklogId, WorklogEdit.Kind kind, Optional<LoggedWork> before, Optional<LoggedWork> after, Instant changedAt,
                            Set<Lock> locks) {

    public PendingChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(changedAt, "changedAt");
        locks = Set.copyOf(locks);
        if (locks.isEmpty()) {
            throw new IllegalArgumentException("A pending change of worklog " + worklogId + " names the lock that held it");
        }
    }

    public String key() {
        return worklogId + "@" + changedAt.toEpochMilli();
    }

    public String userKey() {
        return after.or(() -> before).orElseThrow().userKey();
    }

    /** The project the change belongs to: the work's project after it, or before it for a deletion. */
    public long projectId() {
        return after.or(() -> before).orElseThrow().projectId();
    }

    /** Seconds after less seconds before: negative when time was taken away. */
    public long deltaSeconds() {
        return after.map(LoggedWork::seconds).orElse(0L) - before.map(LoggedWork::seconds).orElse(0L);
    }
}

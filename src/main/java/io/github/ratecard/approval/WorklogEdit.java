package io.github.ratecard.approval;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A worklog change as Jira reports it: the figures the ledger holds for it now ({@code before},
 * empty for a new worklog), its figures after the change ({@code after}, empty when deleted), and
 * Jira's time of the change (the worklog's updated time, or when it was deleted), which tells a
 * re-delivered change from a new one.
 */
public record WorklogEdit(long worklogId, Optional<LoggedWork> before, Optional<LoggedWork> after, Instant changedAt) {

    /** What happened to the worklog. */
    public enum Kind { CREATED, EDITED, DELETED }

    public WorklogEdit {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(changedAt, "changedAt");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("Worklog " + worklogId + " has neither figures before nor after the change");
        }
    }

    public Kind kind() {
        return before.isEmpty() ? Kind.CREATED : after.isEmpty() ? Kind.DELETED : Kind.EDITED;
    }

    /** Whose work it is: after the change, or before it for a deletion. */
    public String userKey() {
        return after.or(() -> before).orElseThrow().userKey();
    }

    /** Whether the change leaves the figures as they were (same user, project, day and seconds). */
    public boolean changesNothing() {
        return before.equals(after);
    }
}

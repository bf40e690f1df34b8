package io.github.ratecard.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One thing that happened to a worklog: it was saved (created or edited) or deleted. */
public final class WorklogChange {

    public enum Kind { SAVED, DELETED }

    private final Kind kind;
    private final long worklogId;
    private final WorklogRecord record;
    private final Instant at;

    private WorklogChange(Kind kind, long worklogId, WorklogRecord record, Instant at) {
        this.kind = kind;
        this.worklogId = worklogId;
        this.record = record;
        this.at = Objects.requireNonNull(at, "at");
    }

    /** The worklog was created or edited; {@code record} is its state now. */
    public static WorklogChange saved(WorklogRecord record) {
        return new WorklogChange(Kind.SAVED, record.worklogId(), record, record.updated());
    }

    /** The worklog was deleted at {@code at}. */
    public static WorklogChange deleted(long worklogId, Instant at) {
        return new WorklogChange(Kind.DELETED, worklogId, null, at);
    }

    public Kind kind() {
        return kind;
    }

    public long worklogId() {
        return worklogId;
    }

    /** The worklog's state after a save; empty for a deletion. */
    public Optional<WorklogRecord> record() {
        return Optional.ofNullable(record);
    }

    public Instant at() {
        return at;
    }

    @Override
    public String toString() {
        return kind + " worklog " + worklogId + " at " + at;
    }
}

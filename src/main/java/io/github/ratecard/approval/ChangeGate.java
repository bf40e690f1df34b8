package io.github.ratecard.approval;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a worklog change goes into the ledger or is held as a pending change. Jira cannot be
 * told to refuse an edit, so work that is locked (its day in an approved timesheet or a closed
 * month) on either side of the change is not silently accepted: the ledger keeps the figures it has,
 * and the difference is recorded. A change that leaves the figures as they were is no change.
 * The decision depends only on the change and the locks, so a re-delivered change is decided again
 * the same way, into the same pending change.
 */
public final class ChangeGate {

    /** What to do with a change. */
    public sealed interface Decision {
        /** Price it into the ledger as usual. */
        record Accept() implements Decision {
        }

        /** Keep the ledger's figures and record this pending change. */
        record Hold(PendingChange change) implements Decision {
        }

        /** The worklog is back at the ledger's (locked) figures: nothing to price, and an open pending change of it is withdrawn. */
        record Unchanged(Set<Lock> locks) implements Decision {
        }
    }

    private ChangeGate() {
    }

    public static Decision decide(WorklogEdit edit, Locks locks) {
        Set<Lock> holding = EnumSet.noneOf(Lock.class);
        edit.before().ifPresent(work -> holding.addAll(locks.on(work.userKey(), work.projectId(), work.day())));
        edit.after().ifPresent(work -> holding.addAll(locks.on(work.userKey(), work.projectId(), work.day())));
        if (holding.isEmpty()) {
            return new Decision.Accept();
        }
        if (edit.changesNothing()) {
            return new Decision.Unchanged(Set.copyOf(holding));
        }
        return new Decision.Hold(new PendingChange(edit.worklogId(), edit.kind(), edit.before(), edit.after(), edit.changedAt(), holding));
    }

    /** The pending change a decision records, if it records one. */
    public static Optional<PendingChange> pending(Decision decision) {
        return decision instanceof Decision.Hold hold ? Optional.of(hold.change()) : Optional.empty();
    }
}

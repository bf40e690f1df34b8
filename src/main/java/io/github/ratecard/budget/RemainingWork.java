package io.github.ratecard.budget;

import java.util.List;

/**
 * What the host's time tracking says about a scope: seconds spent and seconds of remaining
 * estimate in all its issues, and the unresolved issues with an estimate left (for the bottom-up
 * forecast).
 */
public record RemainingWork(long spentSeconds, long remainingSeconds, List<OpenIssue> open) {

    public static final RemainingWork NONE = new RemainingWork(0, 0, List.of());

    public RemainingWork {
        open = List.copyOf(open);
    }

    /** An unresolved issue with its assignee (null when unassigned) and remaining estimate. */
    public record OpenIssue(long issueId, String issueKey, long projectId, String projectKey, String assigneeKey, long remainingSeconds) {
    }
}

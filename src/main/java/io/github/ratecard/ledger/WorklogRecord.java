package io.github.ratecard.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A worklog as Ratecard sees it, whatever host it came from: who worked on which issue,
 * when the work started and how many seconds were worked. {@code updated} orders the
 * versions of one worklog, so a re-delivered or late event can be recognised.
 */
public record WorklogRecord(
        long worklogId,
        long issueId,
        String issueKey,
        long projectId,
        String projectKey,
        String authorKey,
        Instant started,
        long timeSpentSeconds,
        Instant updated) {

    public WorklogRecord {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(updated, "updated");
        if (timeSpentSeconds < 0) {
            throw new IllegalArgumentException("Worklog " + worklogId + " has negative time spent: " + timeSpentSeconds);
        }
    }

    /** The worklog behind a ledger entry, as Jira last gave it, on {@code projectId}: for pricing it again. */
    public static WorklogRecord behind(LedgerEntry entry, long projectId) {
        return new WorklogRecord(entry.worklogId(), entry.issueId(), "", projectId, "", entry.authorKey(), entry.started(),
                entry.workedSeconds(), entry.sourceUpdated());
    }
}

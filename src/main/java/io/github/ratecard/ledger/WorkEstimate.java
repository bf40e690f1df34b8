package io.github.ratecard.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Work not done yet: an issue's remaining estimate, to be priced as if its assignee worked it on
 * {@code day}. An unassigned estimate ({@code assigneeKey} null) has nobody's user or level rate,
 * so only the project's and the global defaults can price it. An estimate has no worklog, so no
 * worklog override applies to it.
 */
public record WorkEstimate(long issueId, String issueKey, long projectId, String assigneeKey, LocalDate day, long seconds) {

    public WorkEstimate {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(day, "day");
        if (seconds < 0) {
            throw new IllegalArgumentException("Issue " + issueKey + " has a negative estimate: " + seconds);
        }
    }
}

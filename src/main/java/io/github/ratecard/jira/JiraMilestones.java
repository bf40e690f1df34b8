package io.github.ratecard.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import io.github.ratecard.contract.Milestones;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The days Jira's issues were resolved, in the reporting time zone; a fixed-fee schedule has a few such milestones. */
public class JiraMilestones implements Milestones {

    private final IssueManager issueManager;
    private final Supplier<ZoneId> zone;

    public JiraMilestones(IssueManager issueManager, Supplier<ZoneId> zone) {
        this.issueManager = issueManager;
        this.zone = zone;
    }

    @Override
    public Map<String, LocalDate> resolvedOn(Collection<String> issueKeys) {
        Map<String, LocalDate> resolved = new HashMap<>();
        for (String key : issueKeys) {
            Issue issue = issueManager.getIssueObject(key);
            Timestamp at = issue == null ? null : issue.getResolutionDate();
            if (at != null) {
                resolved.put(key, at.toInstant().atZone(zone.get()).toLocalDate());
            }
        }
        return resolved;
    }
}

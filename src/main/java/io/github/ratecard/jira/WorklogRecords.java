package io.github.ratecard.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import io.github.ratecard.ledger.WorklogRecord;
import java.util.Date;

/** Maps Jira's worklog to Ratecard's plain {@link WorklogRecord}. */
final class WorklogRecords {

    private WorklogRecords() {
    }

    static WorklogRecord from(Worklog worklog) {
        Issue issue = worklog.getIssue();
        Date updated = worklog.getUpdated() != null ? worklog.getUpdated() : worklog.getStartDate();
        return new WorklogRecord(
                worklog.getId(),
                issue.getId(),
                issue.getKey(),
                issue.getProjectObject().getId(),
                issue.getProjectObject().getKey(),
                worklog.getAuthorKey(),
                worklog.getStartDate().toInstant(),
                worklog.getTimeSpent() == null ? 0 : worklog.getTimeSpent(),
                updated.toInstant());
    }
}

// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/issue/IssueEvent.html
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/** Declaration only: the members Ratecard reads. Jira publishes it for issue changes such as a move or a deletion. */
public final class IssueEvent {

    private IssueEvent() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}

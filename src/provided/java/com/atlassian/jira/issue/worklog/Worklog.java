// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/worklog/Worklog.html
package com.atlassian.jira.issue.worklog;

import com.atlassian.jira.issue.Issue;
import java.util.Date;

/** Declaration only: the members Ratecard reads. */
public interface Worklog {

    Long getId();

    Issue getIssue();

    String getAuthorKey();

    Date getStartDate();

    /** Worked time in seconds. */
    Long getTimeSpent();

    Date getUpdated();
}

// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/worklog/WorklogEvent.html
package com.atlassian.jira.event.worklog;

import com.atlassian.jira.issue.worklog.Worklog;

/** Declaration only: the common type of Jira's worklog created, updated and deleted events. */
public interface WorklogEvent {

    Worklog getWorklog();
}

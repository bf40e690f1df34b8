// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/worklog/WorklogDeletedEvent.html
package com.atlassian.jira.event.worklog;

import com.atlassian.jira.issue.worklog.Worklog;

/** Declaration only: published after a worklog was deleted. Ratecard only tells it apart from the others. */
public class WorklogDeletedEvent implements WorklogEvent {

    @Override
    public Worklog getWorklog() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}

// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/action/JiraWebActionSupport.html
package com.atlassian.jira.web.action;

import com.atlassian.jira.project.Project;

/** Declaration only: Jira's base of web actions; the member Ratecard calls on the action that shows a report. */
public class JiraWebActionSupport {

    public Project getSelectedProjectObject() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}

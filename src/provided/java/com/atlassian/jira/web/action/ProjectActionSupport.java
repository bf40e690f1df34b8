// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/action/ProjectActionSupport.html
package com.atlassian.jira.web.action;

import com.atlassian.jira.project.Project;

/** Declaration only: the members Ratecard calls on the action that shows a report. */
public class ProjectActionSupport {

    public Project getSelectedProjectObject() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public void addError(String field, String message) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}

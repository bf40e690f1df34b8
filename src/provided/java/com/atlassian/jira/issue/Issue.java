// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/Issue.html
package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;

/** Declaration only: the members Ratecard reads. */
public interface Issue {

    Long getId();

    String getKey();

    Project getProjectObject();

    java.sql.Timestamp getResolutionDate();
}

// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/project/Project.html
package com.atlassian.jira.project;

/** Declaration only: the members Ratecard reads. */
public interface Project {

    Long getId();

    String getKey();

    String getName();

    /** The project lead's user key. */
    String getLeadUserKey();
}

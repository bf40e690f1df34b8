// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/project/ProjectManager.html
package com.atlassian.jira.project;

/** Declaration only: the members Ratecard calls. */
public interface ProjectManager {

    Project getProjectObj(Long id);

    Project getProjectByCurrentKeyIgnoreCase(String projectKey);

    java.util.List<Project> getProjectObjects();
}

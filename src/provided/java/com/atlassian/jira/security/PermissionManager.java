// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/PermissionManager.html
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Declaration only: the members Ratecard calls. */
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}

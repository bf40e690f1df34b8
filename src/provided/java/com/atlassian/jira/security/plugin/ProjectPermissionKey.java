// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
package com.atlassian.jira.security.plugin;

/** Declaration only: names a project permission, a system one or one an app declares. */
public final class ProjectPermissionKey {

    public ProjectPermissionKey(String permissionKey) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}

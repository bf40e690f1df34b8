// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/permission/GlobalPermissionKey.html
package com.atlassian.jira.permission;

/** Declaration only: names a global permission, a system one or one an app declares. */
public final class GlobalPermissionKey {

    private GlobalPermissionKey() {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }

    public static GlobalPermissionKey of(String key) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}

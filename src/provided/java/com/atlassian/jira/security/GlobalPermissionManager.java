// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/GlobalPermissionManager.html
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Declaration only: the members Ratecard calls. */
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}

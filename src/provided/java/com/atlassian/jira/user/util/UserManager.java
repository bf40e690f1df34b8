// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/user/util/UserManager.html
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Declaration only: the members Ratecard calls. (Jira's user manager, not SAL's.) */
public interface UserManager {

    ApplicationUser getUserByKey(String userKey);
}

// Jira 10.3 (SAL 6.x) — https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/user/UserProfile.html
package com.atlassian.sal.api.user;

/** Declaration only: the members Ratecard calls. */
public interface UserProfile {

    UserKey getUserKey();
}

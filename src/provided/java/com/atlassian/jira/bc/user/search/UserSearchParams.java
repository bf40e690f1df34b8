// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/bc/user/search/UserSearchParams.html
package com.atlassian.jira.bc.user.search;

/** Declaration only: the members Ratecard uses. */
public class UserSearchParams {

    public static final UserSearchParams ACTIVE_USERS_IGNORE_EMPTY_QUERY = null;

    public UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive) {
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}

// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/bc/user/search/UserSearchService.html
package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/** Declaration only: the members Ratecard calls. */
public interface UserSearchService {

    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}

// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/JiraAuthenticationContext.html
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Declaration only: the members Ratecard calls. */
public interface JiraAuthenticationContext {

    /** The user of the current request, or null when anonymous. */
    ApplicationUser getLoggedInUser();

    /** The current user's locale, or Jira's default. */
    java.util.Locale getLocale();
}

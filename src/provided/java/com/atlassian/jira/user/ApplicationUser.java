// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/user/ApplicationUser.html
package com.atlassian.jira.user;

/** Declaration only: the members Ratecard calls. */
public interface ApplicationUser {

    /** The stable user key, e.g. JIRAUSER10100. */
    String getKey();

    String getDisplayName();

    String getEmailAddress();

    /** False when the account is deactivated. */
    boolean isActive();
}

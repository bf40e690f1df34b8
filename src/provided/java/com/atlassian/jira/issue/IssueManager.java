// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/IssueManager.html
package com.atlassian.jira.issue;

/** Declaration only: the members Ratecard calls. */
public interface IssueManager {

    /** The issue with this key, or null. */
    MutableIssue getIssueObject(String key);

    /** The issue with this id, or null. */
    MutableIssue getIssueObject(Long id);
}

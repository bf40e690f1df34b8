// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/MutableIssue.html
package com.atlassian.jira.issue;

/** Declaration only: Ratecard reads it as an {@link Issue}. */
public interface MutableIssue extends Issue {
}

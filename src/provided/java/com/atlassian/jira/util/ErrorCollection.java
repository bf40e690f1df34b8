// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/util/ErrorCollection.html
package com.atlassian.jira.util;

/** Declaration only: Errors by field; Ratecard names the type and calls none of its members. */
public interface ErrorCollection {
}
